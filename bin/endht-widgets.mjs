#!/usr/bin/env node
// endht-widgets CLI: server-renders widget tags to HTML with declarative shadow DOM.
//   npx endht-widgets render '<endht-countdown time-zone="Europe/Vienna"></endht-countdown>' --lang fr
//   echo '<endht-partners></endht-partners>' | npx endht-widgets render - --lang ar > partners.html
const USAGE = `Usage: endht-widgets render <html | -> [--lang <locale>] [--now <ISO date>]

Renders HTML containing endht-widgets tags, each with its content as a declarative shadow root
(<template shadowrootmode="open">), and prints it. "-" reads the HTML from standard input.

  --lang <locale>   en (default), fr, es, ar, zh-Hans or ru
  --now <date>      the moment to render (e.g. 2027-07-01T00:00:00Z); default: now.
                    The countdown shows the time left at that moment; the page's JavaScript
                    brings it up to date when it loads.
  --help            this text
  --version         the package version`;

function fail(message) {
  process.stderr.write(`endht-widgets: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const { renderToString, VERSION, SUPPORTED_LOCALES } = await import('../dist/npm/ssr/index.js');
if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}

const [command, ...rest] = args;
if (command !== 'render') fail(command ? `unknown command "${command}"` : 'no command');
let markup;
const options = {};
for (let i = 0; i < rest.length; i++) {
  const a = rest[i];
  const value = () => {
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
    if (v === undefined) fail(`${a} needs a value`);
    return v;
  };
  if (a === '--lang' || a.startsWith('--lang=')) options.locale = value();
  else if (a === '--now' || a.startsWith('--now=')) {
    const v = value();
    const t = Date.parse(v);
    if (Number.isNaN(t)) fail(`--now ${v} is not a date`);
    options.now = t;
  } else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else if (markup === undefined) markup = a;
  else fail('give the HTML as one argument (quote it)');
}
if (markup === undefined) fail('no HTML to render');
if (markup === '-') {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  markup = Buffer.concat(chunks).toString('utf8');
}
if (options.locale !== undefined && !SUPPORTED_LOCALES.includes(options.locale)) {
  // Let the library match fr-CA etc.; reject anything it cannot.
  try {
    await renderToString('', options);
  } catch (e) {
    fail(e.message.replace(/^endht-widgets\/ssr: /, ''));
  }
}
try {
  process.stdout.write(`${await renderToString(markup, options)}\n`);
} catch (e) {
  process.stderr.write(`endht-widgets: ${e.message}\n`);
  process.exit(1);
}
