/** The report page's stylesheet and script, kept as constants so the CSP can pin the script's hash. */
export const REPORT_CSS = `
:root{--ink:#1b1f24;--muted:#59636e;--line:#d8dee4;--bg:#f6f8fa;--accent:#0b5cad;--warn:#b42318;--ok:#1a7f37;--mark:#ffe28a}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:10}
.top{display:flex;gap:16px;align-items:center;padding:8px 24px;border-bottom:1px solid var(--line);background:var(--bg)}.top p{margin:0;color:var(--muted)}.brand{font-weight:700;color:var(--ink)!important}
main{max-width:1240px;margin:0 auto;padding:4px 24px 48px}h1{font-size:14px;margin:10px 0 0;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.05em}h2{font-size:21px;margin:8px 0 4px;line-height:1.3}h3{font-size:16px;margin:20px 0 8px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
a{color:var(--accent)}a:focus-visible,button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.counts{margin:4px 0 8px}.outlets,.matrix,.framing{border-collapse:collapse;width:100%;font-size:13px}.outlets td,.outlets th,.matrix td,.matrix th,.framing td,.framing th{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}caption{text-align:left;color:var(--muted);font-size:12px;padding:4px 0}
.disputes{display:grid;gap:8px}h3{margin:14px 0 6px!important}.dispute{border:1px solid var(--warn);border-left:6px solid var(--warn);border-radius:6px;padding:6px 12px;background:#fff;font-size:14px}
.dispute header{display:flex;gap:8px;align-items:baseline}.dispute h4{margin:0;font-size:16px}.kind{font-size:11px;text-transform:uppercase;background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:0 8px;color:var(--muted)}
.positions{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px;margin-top:8px}.position{background:var(--bg);border-radius:6px;padding:8px 10px}.position .value{font-weight:700;margin:0 0 4px;color:var(--warn)}.position ul{margin:0;padding-left:18px}.notes{margin:0 0 4px;font-size:12px;color:var(--muted)}
.outlet{font-weight:600;font-size:12px;color:var(--muted)}a.quote{color:var(--ink);text-decoration:none;border-bottom:1px dotted var(--accent)}a.quote:hover{background:#eef5ff}
mark{background:var(--mark);padding:0 2px;border-radius:2px}
.matrix td{text-align:center}.matrix .states{color:var(--ok)}.matrix .contradicts{color:var(--warn);font-weight:700}.matrix .absent{color:#8c959f}.scroll{overflow-x:auto}
.claims li,.timeline li{margin:4px 0}.entities{columns:2}.timeline time{font-weight:600;margin-right:6px}
.bar{display:inline-block;width:90px;height:8px;background:var(--bg);border:1px solid var(--line);vertical-align:middle}.bar span{display:block;height:100%;background:var(--accent)}
.badge{background:var(--warn);color:#fff;border-radius:9px;padding:0 7px;font-size:12px}
dialog{width:min(900px,92vw);max-height:86vh;border:1px solid var(--line);border-radius:8px;padding:0}dialog::backdrop{background:rgba(0,0,0,.35)}
.dochead{display:flex;justify-content:space-between;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line);position:sticky;top:0;background:#fff}.dochead h2{margin:0;border:0;padding:0;font-size:16px}
#docbody{padding:12px 16px;white-space:pre-wrap;max-height:74vh;overflow:auto}#docbody mark{background:var(--mark);outline:2px solid #f59e0b}
.empty{color:var(--muted)}@media print{dialog,.skip{display:none}}
.story{content-visibility:auto;contain-intrinsic-size:auto 2400px;border-top:1px solid var(--line);margin-top:12px;padding-top:4px}
.strip{list-style:none;display:flex;flex-wrap:wrap;gap:6px;margin:0 0 6px;padding:0}.strip li{border:1px solid var(--line);border-radius:14px;padding:1px 10px;font-size:13px;background:#fff}.strip time{color:var(--muted);font-size:12px}.copy{font-size:11px;color:var(--warn)}
.jump{display:flex;gap:14px;font-size:13px;margin:2px 0 4px}.glance{margin:0 0 10px;padding-left:22px;font-size:14px}.glance li{margin:2px 0}.glance .v{font-weight:700;color:var(--warn)}.vs{color:var(--muted);font-size:12px}
.who{margin:0 0 2px;font-size:13px;font-weight:600}.hedged{font-size:11px;border:1px solid #d4a72c;color:#7d4e00;background:#fff8c5;border-radius:8px;padding:0 6px}
h4.sub{font-size:14px;margin:10px 0 4px}.n{color:var(--muted);font-weight:400}
.bar.h span{background:#bf8700}.bar.l span{background:var(--warn)}
nav.overview-nav h2 small{font-size:13px;font-weight:400;color:var(--muted)}
nav.overview-nav ol{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,440px),1fr));gap:6px 28px;font-size:14px}
nav.overview-nav li{display:flex;gap:8px;min-width:0;align-items:baseline}nav.overview-nav .rank{color:var(--muted);font-size:12px;min-width:2ch;text-align:right;flex:none}
nav.overview-nav .entry{min-width:0;overflow-wrap:anywhere}nav.overview-nav .entry a{display:block}nav.overview-nav .meta{color:var(--muted);font-size:12px}
details>summary{cursor:pointer;color:var(--accent);margin:4px 0}
`;

export const REPORT_JS = `(function(){
var data=JSON.parse(document.getElementById('documents').textContent||'{}');
var dlg=document.getElementById('docview'),body=document.getElementById('docbody'),title=document.getElementById('docview-title'),opener=null;
function open(id,start,end){var d=data[id];if(!d)return;body.textContent='';title.textContent=(d.source||id)+(d.title?' — '+d.title:'');
var t=d.text;if(start>=0&&end>start){body.appendChild(document.createTextNode(t.slice(0,start)));var m=document.createElement('mark');m.id='hl';m.textContent=t.slice(start,end);body.appendChild(m);body.appendChild(document.createTextNode(t.slice(end)));}else{body.appendChild(document.createTextNode(t));}
if(typeof dlg.showModal==='function'){dlg.showModal();}else{dlg.setAttribute('open','');}
var hl=document.getElementById('hl');if(hl){hl.scrollIntoView({block:'center'});}body.focus();}
document.addEventListener('click',function(ev){var a=ev.target.closest&&ev.target.closest('a.quote,a.doclink');if(!a)return;ev.preventDefault();opener=a;
open(a.getAttribute('data-doc'),Number(a.getAttribute('data-start')||-1),Number(a.getAttribute('data-end')||-1));});
document.getElementById('docclose').addEventListener('click',function(){dlg.close();});
dlg.addEventListener('close',function(){if(opener)opener.focus();});
document.documentElement.setAttribute('data-ready','1');
})();`;
