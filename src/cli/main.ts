// The `corroborate` command: parses arguments, runs one command, returns the exit status.
// 0: everything read; 1: some input failed (the rest were processed); 2: usage error or nothing could run.
import { Command, CommanderError, Option } from 'commander';
import { checkDate, ingestOptionsFrom, type InputFlags, type Io, RunState, toolVersion, UsageError } from './context.js';
import { analyzeCommand, DEFAULT_OUT } from './commands/analyze.js';
import { extractCommand } from './commands/extract.js';
import { readCommand } from './commands/read.js';
import { groupCommand } from './commands/group.js';
import { pairCommand } from './commands/pairs.js';
import { addCommand, DEFAULT_DB, exportCommand, searchCommand, showCommand, storiesCommand } from './commands/store.js';
import { workerCommand } from '../worker/command.js';
import { DEFAULT_HOST, DEFAULT_PORT, serveCommand } from '../serve/command.js';
import { watchCommand } from '../watch/command.js';

const INPUTS_HELP = 'files (.txt .md .html .htm .html.gz .json .jsonl .warc .warc.gz), directories, globs, http(s) URLs of pages, feeds or sitemaps, or - for stdin';

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function buildProgram(io: Io, state: RunState): Command {
  const program = new Command('corroborate')
    .description('Follow one story across many outlets: who reports what, who copied whom, who said what, and when.')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  program.addHelpText('after', examples(
    'corroborate analyze examples/security-guarantees --out report',
    'corroborate extract page.html --json',
    'corroborate read article.txt --published 2022-02-17 --json',
    'corroborate add feeds/*.jsonl --db news.db && corroborate stories --db news.db',
  ));
  const published = () => new Option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that declare none');
  const db = () => new Option('--db <file|url>', 'collection: a SQLite file, or a postgres://user@host/database URL').default(DEFAULT_DB);
  const noColor = () => new Option('--no-color', 'plain output even on a terminal');
  /** Worker threads and limits for extract + read, for the commands that analyse many inputs. */
  const withPipelineOptions = (command: Command): Command =>
    command
      .option('--workers <n>', 'worker threads for extract + read (default: one per core from 8 inputs on; 0 = this thread)')
      .option('--stage-timeout <seconds>', 'time budget: skip an input that spends longer than this in extract or read (in worker threads), and the rest of a story\'s passages, claims or conflicts past it in link or dossier (default 10; 0 = no limit)')
      .option('--max-article-chars <n>', 'skip article texts longer than this (default 300000)')
      .option('--worker-memory <MB>', 'heap cap per worker thread (default 1024)');
  /** Options for reading inputs, shared by every command that takes them. */
  const withInputOptions = (command: Command): Command =>
    command
      .option('--no-robots', 'fetch URLs even where robots.txt disallows it')
      .option('--timeout <seconds>', 'give up on a URL after this long (default 30)')
      .option('--max-bytes <n>', 'skip inputs larger than this many bytes (default 50 MB for files, 10 MB for pages)')
      .option('--host-delay <ms>', 'least time between two requests to one host (default 1000)')
      .option('--max-links <n>', 'articles taken from one feed or sitemap at most (default 100)')
      .hook('preAction', (cmd) => {
        state.ingest = ingestOptionsFrom(cmd.opts() as InputFlags);
      });

  withPipelineOptions(withInputOptions(program.command('analyze')))
    .description('run the whole pipeline and write a story dossier (terminal summary, dossier.json, report.html)')
    .argument('<inputs...>', INPUTS_HELP)
    .option('--out <dir>', `folder for dossier.json and report.html (default: ${DEFAULT_OUT}, or none with --json)`)
    .option('--json', 'print the dossier as JSON on stdout')
    .addOption(published())
    .addOption(noColor())
    .addHelpText('after', examples('corroborate analyze examples/security-guarantees', 'corroborate analyze saved/*.html --out dossier --json > dossier.json'))
    .action((inputs: string[], o) => analyzeCommand(inputs, { ...o, published: checkDate(o.published, '--published') }, io, state));

  withInputOptions(program.command('extract'))
    .description('main text and metadata (title, authors, date, site, language) of each input')
    .argument('<inputs...>', INPUTS_HELP)
    .option('--json', 'JSON Lines: {input, title, authors, published, site, language, text} per input')
    .addHelpText('after', examples('corroborate extract page.html', 'corroborate extract pages/ --json > articles.jsonl'))
    .action((inputs: string[], o) => extractCommand(inputs, o, io, state));

  withInputOptions(program.command('read'))
    .description('sentences, actors, quotes, time expressions and statements, with offsets into each input')
    .argument('<inputs...>', INPUTS_HELP)
    .option('--json', 'JSON Lines: {input, sentences, actors, mentions, quotes, times, statements} per input')
    .addOption(published())
    .addHelpText('after', examples('corroborate read article.txt --published 2022-02-17', 'corroborate read records.jsonl --json'))
    .action((inputs: string[], o) => readCommand(inputs, { ...o, published: checkDate(o.published, '--published') }, io, state));

  withInputOptions(program.command('group'))
    .description('which inputs tell the same story')
    .argument('<inputs...>', INPUTS_HELP)
    .option('--json', 'JSON: {stories: [{id, articles: [input...], reasons}]}')
    .addOption(published())
    .addHelpText('after', examples('corroborate group collection/ --json'))
    .action((inputs: string[], o) => groupCommand(inputs, { ...o, published: checkDate(o.published, '--published') }, io, state));

  program
    .command('reuse')
    .description('passages two texts share (verbatim, edited or translated), with offsets in both')
    .argument('[a]', 'first input')
    .argument('[b]', 'second input')
    .option('--pairs <file>', 'a file with one pair per line: two paths separated by white space')
    .option('--json', 'JSON Lines: {a, b, passages: [{a: {start, end}, b: {start, end}, similarity}]} per pair')
    .addHelpText('after', examples('corroborate reuse a.txt b.txt', 'corroborate reuse --pairs pairs.txt --json'))
    .action((a: string | undefined, b: string | undefined, o) => pairCommand('reuse', a, b, o, io, state));

  program
    .command('similarity')
    .description('how alike two articles are, as a score in [0, 1]')
    .argument('[a]', 'first input')
    .argument('[b]', 'second input')
    .option('--pairs <file>', 'a file with one pair per line: two paths separated by white space')
    .option('--json', 'JSON Lines: {a, b, score} per pair')
    .addHelpText('after', examples('corroborate similarity a.txt b.txt', 'corroborate similarity --pairs pairs.txt --json'))
    .action((a: string | undefined, b: string | undefined, o) => pairCommand('similarity', a, b, o, io, state));

  withPipelineOptions(withInputOptions(program.command('add')))
    .description('add inputs to a collection (SQLite) and regroup its stories; re-adding the same article changes nothing')
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(db())
    .addOption(published())
    .option('--json', 'JSON Lines: {input, id, status, version} per article')
    .option('--queue', 'queue the inputs for `corroborate worker` processes instead (PostgreSQL only)')
    .addHelpText('after', examples(
      'corroborate add examples/security-guarantees --db news.db',
      'corroborate add feeds/*.jsonl --db postgres://news@localhost/news --queue',
    ))
    .action((inputs: string[], o) => addCommand(inputs, { ...o, published: checkDate(o.published, '--published') }, io, state));

  program
    .command('stories')
    .description("list a collection's stories")
    .addOption(db())
    .option('--json', 'JSON: {stories: [{id, title, articles, outlets, firstPublished, lastPublished}]}')
    .addHelpText('after', examples('corroborate stories --db news.db'))
    .action((o) => storiesCommand(o, io));

  program
    .command('show')
    .description("a story's dossier from a collection")
    .argument('<story>', 'story id, as `stories` lists it')
    .addOption(db())
    .option('--json', 'print the dossier as JSON')
    .option('--out <dir>', 'also write dossier.json and report.html there')
    .addOption(noColor())
    .addHelpText('after', examples('corroborate show s1 --db news.db', 'corroborate show s1 --db news.db --out s1-report'))
    .action((story: string, o) => showCommand(story, o, io));

  program
    .command('search')
    .description("full-text search over a collection's articles")
    .argument('[query]', 'words or a full-text query ("security guarantees", NATO AND Ukraine)')
    .addOption(db())
    .option('--since <date>', 'only articles published on or after this date')
    .option('--outlet <name>', 'only articles from this outlet')
    .option('--actor <id>', 'only articles that mention this actor (an id as `read` or a dossier gives it, e.g. russian-foreign-ministry)')
    .option('--limit <n>', 'at most this many results (default 20)')
    .option('--json', 'JSON Lines: {id, title, snippet} per hit')
    .addHelpText('after', examples('corroborate search "Normandy format" --db news.db --since 2022-02-01', 'corroborate search --actor andrey-kortunov --db news.db'))
    .action((query: string | undefined, o) => searchCommand(query, { ...o, since: checkDate(o.since, '--since') }, io));

  program
    .command('export')
    .description("write stories' dossiers from a collection: JSON, HTML report, Markdown, CSV")
    .argument('[stories...]', 'story ids, as `stories` lists them')
    .addOption(db())
    .option('--all', 'every story in the collection')
    .requiredOption('--out <dir>', 'folder; each story gets a subfolder named by its id')
    .option('--format <list>', 'comma-separated: json, html, md, csv (default: all four)')
    .addHelpText('after', examples('corroborate export s1 --db news.db --out exports', 'corroborate export --all --db news.db --out exports --format html,csv'))
    .action((stories: string[], o) => exportCommand(stories, o, io));

  withInputOptions(program.command('watch'))
    .description('poll RSS/Atom/JSON feeds into a collection: only new items are fetched and added, stories regrouped; feed state (ETag, Last-Modified, backoff) is kept in the store, so a restart resumes')
    .argument('<feeds...>', 'feed URLs, or OPML files listing them (outline xmlUrl)')
    .addOption(db())
    .option('--interval <minutes>', 'time between two polls of a feed (default 15); failing feeds back off exponentially, up to a day')
    .option('--once', 'poll every feed once (except those backing off) and exit: for cron and tests')
    .option('--json', 'JSON Lines: {feed, status, new, known, deferred, articles, problems, error, failures, nextPoll} per poll')
    .addHelpText('after', examples(
      'corroborate watch https://example.org/rss.xml --db news.db',
      'corroborate watch subscriptions.opml --db news.db --interval 30 --max-links 20',
      'corroborate watch subscriptions.opml --db news.db --once --json   # e.g. from cron every 15 minutes',
    ))
    .action((feeds: string[], o) => watchCommand(feeds, o, io, state));

  program
    .command('worker')
    .description("process a PostgreSQL collection's queued jobs (ingest, extract + read, regroup); run as many as you like")
    .requiredOption('--db <url>', 'the collection: a postgres://user@host/database URL')
    .option('--concurrency <n>', 'jobs in flight at once in this process (default 1)')
    .option('--drain', 'exit once no job is queued or running, instead of waiting for more')
    .option('--json', 'JSON Lines: {job, kind, status, ...} per job')
    .addHelpText('after', examples(
      'corroborate worker --db postgres://news@localhost/news --concurrency 4',
      'corroborate add feeds/ --db postgres://news@localhost/news --queue && corroborate worker --db postgres://news@localhost/news --drain',
    ))
    .action((o) => workerCommand(o, io));

  program
    .command('serve')
    .description('browse and grow a collection in a web browser: stories, reports, articles, actors, search, adding; plus a JSON API (/api/openapi.json)')
    .addOption(db())
    .option('--host <address>', `address to listen on; anything but loopback needs --token (default: ${DEFAULT_HOST})`)
    .option('--port <n>', `port to listen on, 0 for any free one (default: ${DEFAULT_PORT})`)
    .option('--token <secret>', 'require this token on every request (Authorization: Bearer, or open once with ?token=); default $CORROBORATE_TOKEN')
    .option('--allow-private-fetch', 'let "add from URL" fetch private, loopback and link-local addresses')
    .addHelpText('after', examples(
      'corroborate serve --db news.db',
      'CORROBORATE_TOKEN=$(openssl rand -hex 16) corroborate serve --db news.db --host 0.0.0.0 --port 8080',
      'curl -s localhost:4173/api/stories?sort=contested',
    ))
    .action((o) => serveCommand(o, io));

  return program;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const state = new RunState();
  const program = buildProgram(io, state);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return state.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr.write(`corroborate: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`corroborate: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
