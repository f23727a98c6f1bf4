// <endht-share> demo: a network picker that rewrites networks="…" on the bars marked .picked,
// and a log of endht-share / endht-copied (by default the share is logged, not opened).
const NETWORKS = [
  'native',
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'mastodon',
  'reddit',
  'email',
  'copy',
];
const picker = document.getElementById('share-picker') as HTMLElement;
const logOnly = document.getElementById('share-log-only') as HTMLInputElement;
const log = document.getElementById('share-log') as HTMLElement;

for (const n of NETWORKS) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = n;
  box.checked = true;
  label.append(box, ` ${n} `);
  picker.append(label);
}
picker.addEventListener('change', () => {
  const chosen = [...picker.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value).join(',');
  for (const el of document.querySelectorAll('endht-share.picked')) el.setAttribute('networks', chosen);
});

function write(line: string) {
  const li = document.createElement('li');
  li.textContent = line;
  log.prepend(li);
}
document.addEventListener('endht-share', (e) => {
  write(`endht-share ${e.detail.network}: ${e.detail.href ?? '(native share sheet)'}`);
  if (logOnly.checked) e.preventDefault();
});
document.addEventListener('endht-copied', (e) => write(`endht-copied ${e.detail.kind}: ${e.detail.text}`));
