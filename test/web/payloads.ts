/** Reports whose text and metadata try to inject script: the HTML report and the web app must show them as text. */
import type { RawDocument } from '../../src/model/document.js';

export const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;

export function hostileRaws(): RawDocument[] {
  const base = (id: string, text: string): RawDocument => ({
    id,
    input: id,
    format: 'text',
    text,
    removed: [],
    source: `Outlet ${PAYLOAD}`,
    title: `Title ${PAYLOAD}`,
    url: 'javascript:window.__pwned=3',
    published: '2024-05-14T10:00:00Z',
    byline: null,
    language: 'en',
  });
  return [
    base(
      'evil-a',
      `At least 12 people were killed in the flood in the valley, officials said. ${PAYLOAD} </script><script>window.__pwned=4</script>\nThe river burst its banks on Tuesday.`,
    ),
    base(
      'evil-b',
      `Nine people were killed in the flood in the valley, the agency said. <a href="javascript:window.__pwned=5">link</a>\nThe river burst its banks on Tuesday night.`,
    ),
  ];
}
