import fs from 'node:fs';
import { cleanDocuments } from './dist/clean/index.js';
import { annotate, resolveEntities } from './dist/nlp/index.js';
const files = fs.readdirSync('examples/seeds').filter(f=>f.endsWith('.txt')).sort();
const raws = files.map(f=>({id:f.replace('.txt',''),input:f,format:'text',text:fs.readFileSync('examples/seeds/'+f,'utf8'),removed:[],source:null,title:null,url:null,published:null,byline:null,language:null}));
const docs = cleanDocuments(raws);
const ref = new Date('2025-06-02');
const ann = docs.map(d=>annotate(d,{reference: ref}));
const ents = resolveEntities(ann);
for (const e of ents) console.log(e.type.padEnd(12), e.id.padEnd(30), JSON.stringify(e.aliases), e.roles.length? 'roles:'+JSON.stringify(e.roles):'');
if (process.argv[2]) for (const a of ann) { console.log('==', a.doc.id); for (const q of a.quantities) console.log('  Q', JSON.stringify(q.text), q.low, q.high, q.qualifier, q.counted, q.distribution, q.parties); for (const t of a.times) console.log('  T', JSON.stringify(t.text), t.from, t.to); for (const d of a.durations) console.log('  D', JSON.stringify(d.text), d.low, d.high); }
