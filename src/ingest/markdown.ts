/** Markdown -> plain text with marked's lexer: headings, emphasis and link text kept, images dropped. */
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeEntities } from './fragment.js';

export function markdownToText(md: string): string {
  const tokens = new Lexer({ gfm: true }).lex(md);
  return blocks(tokens).join('\n\n').trim();
}

function blocks(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'heading':
      case 'paragraph':
        push(out, inline((t as Tokens.Heading | Tokens.Paragraph).tokens));
        break;
      case 'text': {
        const tt = t as Tokens.Text;
        push(out, tt.tokens ? inline(tt.tokens) : decodeEntities(tt.text));
        break;
      }
      case 'code':
        push(out, (t as Tokens.Code).text);
        break;
      case 'blockquote':
        out.push(...blocks((t as Tokens.Blockquote).tokens));
        break;
      case 'list':
        push(
          out,
          (t as Tokens.List).items
            .map((item) => blocks(item.tokens).join('\n'))
            .filter(Boolean)
            .join('\n'),
        );
        break;
      case 'table': {
        const tb = t as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join('\t');
        push(out, [row(tb.header), ...tb.rows.map(row)].join('\n'));
        break;
      }
      case 'html':
        push(out, stripTags((t as Tokens.HTML).text));
        break;
      default: {
        const any = t as { tokens?: Token[]; text?: string };
        if (any.tokens) push(out, inline(any.tokens));
        else if (typeof any.text === 'string') push(out, any.text);
      }
    }
  }
  return out;
}

function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let s = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'image':
        break;
      case 'br':
        s += '\n';
        break;
      case 'codespan':
        s += decodeEntities((t as Tokens.Codespan).text);
        break;
      case 'html':
        s += stripTags((t as Tokens.Tag).text);
        break;
      case 'escape':
      case 'text': {
        const tt = t as Tokens.Text;
        s += tt.tokens ? inline(tt.tokens) : decodeEntities(tt.text);
        break;
      }
      default: {
        const any = t as { tokens?: Token[]; text?: string };
        if (any.tokens) s += inline(any.tokens);
        else if (typeof any.text === 'string') s += decodeEntities(any.text);
      }
    }
  }
  return s;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).trim();
}

function push(out: string[], s: string): void {
  const t = s.trim();
  if (t) out.push(t);
}
