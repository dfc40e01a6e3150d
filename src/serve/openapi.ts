// The JSON API described as an OpenAPI 3.1 document, served at /api/openapi.json. Written as an
// object here; a test checks that every /api route the router has is documented.
import { dossierJsonSchema } from '../dossier/json-schema.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const nullableString = { type: ['string', 'null'] };
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });

/** The dossier schema without its root-only keywords, so it can sit among the components. */
function dossierComponent(): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = dossierJsonSchema();
  return rest;
}

const contest = {
  type: 'object',
  description:
    'How contested a story is: conflicts (claims told with different numbers, dates or named sources), then claims only one outlet carries (0 when the story has one outlet).',
  required: ['conflicts', 'singleOutletClaims', 'claims', 'outlets'],
  properties: {
    conflicts: { type: 'integer' },
    singleOutletClaims: { type: 'integer' },
    claims: { type: 'integer' },
    outlets: { type: 'integer' },
  },
};

const storySummary = {
  type: 'object',
  required: ['id', 'title', 'articles', 'outlets', 'firstPublished', 'lastPublished', 'contest'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    articles: { type: 'integer', description: 'Number of articles' },
    outlets: { type: 'array', items: { type: 'string' } },
    firstPublished: nullableString,
    lastPublished: nullableString,
    contest: ref('Contest'),
  },
};

const addResult = {
  type: 'object',
  required: ['articles', 'problems', 'stories'],
  properties: {
    articles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'input', 'title', 'status', 'version', 'story'],
        properties: {
          id: { type: 'string' },
          input: { type: 'string' },
          title: nullableString,
          status: { enum: ['added', 'unchanged', 'updated'] },
          version: { type: 'integer' },
          story: { ...nullableString, description: 'Story the article is in after regrouping' },
        },
      },
    },
    problems: { type: 'array', items: ref('Problem') },
    stories: { type: 'integer', description: 'Stories in the collection after regrouping' },
  },
};

const postedArticle = {
  oneOf: [
    { type: 'object', required: ['url'], additionalProperties: false, properties: { url: { type: 'string', format: 'uri', description: 'A page, feed or sitemap to fetch (public addresses only unless the server allows private ones)' } } },
    {
      type: 'object',
      additionalProperties: false,
      description: 'The article itself: exactly one of text or html',
      properties: {
        text: { type: 'string' },
        html: { type: 'string' },
        title: { type: 'string' },
        published: { type: 'string', description: 'ISO 8601 date (YYYY-MM-DD) or date-time' },
        outlet: { type: 'string' },
        url: { type: 'string', format: 'uri', description: 'Where it was published (not fetched)' },
      },
    },
  ],
};

const searchParams = [
  { name: 'q', in: 'query', description: 'Words (all must match), "quoted phrases", OR', schema: { type: 'string' } },
  { name: 'since', in: 'query', description: 'Only articles published on or after this date (YYYY-MM-DD)', schema: { type: 'string' } },
  { name: 'outlet', in: 'query', description: 'Only articles from this outlet (case-insensitive)', schema: { type: 'string' } },
  { name: 'actor', in: 'query', description: 'Only articles mentioning this actor id', schema: { type: 'string' } },
  { name: 'limit', in: 'query', description: 'At most this many hits (1–100, default 20)', schema: { type: 'integer', minimum: 1, maximum: 100 } },
];

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version,
      description:
        'A collection of news articles grouped into stories, with a dossier per story (claims, quotes, actors, timeline, provenance). Errors are {"error": "..."} with a matching status code. A server bound beyond loopback requires `Authorization: Bearer <token>`.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/api/openapi.json': { get: { summary: 'This document', operationId: 'openapi', responses: { 200: { description: 'OpenAPI 3.1 document', content: json({ type: 'object' }) } } } },
      '/api/stories': {
        get: {
          summary: 'Stories of the collection',
          operationId: 'listStories',
          parameters: [{ name: 'sort', in: 'query', schema: { enum: ['newest', 'largest', 'contested'], default: 'newest' }, description: 'newest: latest publication first; largest: most articles; contested: most conflicts, then most single-outlet claims' }],
          responses: { 200: { description: 'Stories', content: json({ type: 'object', required: ['stories'], properties: { stories: { type: 'array', items: ref('StorySummary') } } }) }, 400: error('Unknown sort') },
        },
      },
      '/api/stories/{id}': {
        get: {
          summary: "A story's dossier",
          operationId: 'getStory',
          parameters: [idParam('Story')],
          responses: { 200: { description: 'The dossier of this one story (see schema/dossier.schema.json)', content: json(ref('Dossier')) }, 404: error('No such story') },
        },
      },
      '/api/articles': {
        post: {
          summary: 'Add an article (fetched from a URL, or given as text or HTML); the collection is regrouped',
          operationId: 'addArticle',
          requestBody: { required: true, content: json(ref('PostedArticle')) },
          responses: {
            201: { description: 'Stored', content: json(ref('AddResult')) },
            400: error('Malformed body'),
            403: error('URL refused: a private, loopback or link-local target'),
            413: error('Body too large'),
            415: error('Not application/json'),
            422: { description: 'Nothing could be stored', content: json({ allOf: [ref('Error'), { type: 'object', properties: { problems: { type: 'array', items: ref('Problem') } } }] }) },
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article with its reading',
          operationId: 'getArticle',
          parameters: [idParam('Article'), { name: 'version', in: 'query', schema: { type: 'integer', minimum: 1 }, description: 'An earlier version (default: current)' }],
          responses: { 200: { description: 'The article', content: json(ref('StoredArticle')) }, 404: error('No such article or version') },
        },
      },
      '/api/actors/{id}': {
        get: {
          summary: 'One actor across the collection: aliases, roles, positions over time, articles, stories',
          operationId: 'getActor',
          parameters: [idParam('Actor')],
          responses: { 200: { description: 'The actor', content: json(ref('Actor')) }, 404: error('No article mentions this actor') },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search; `actor` narrows to (or, alone, lists) articles mentioning an actor',
          operationId: 'search',
          parameters: searchParams,
          responses: { 200: { description: 'Hits, best first', content: json({ type: 'object', required: ['hits'], properties: { hits: { type: 'array', items: ref('SearchHit') } } }) }, 400: error('Bad query or parameter') },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The --token the server was started with' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Problem: { type: 'object', required: ['input', 'message'], properties: { input: { type: 'string' }, message: { type: 'string' } } },
        Contest: contest,
        StorySummary: storySummary,
        PostedArticle: postedArticle,
        AddResult: addResult,
        SearchHit: {
          type: 'object',
          required: ['id', 'title', 'snippet'],
          properties: { id: { type: 'string' }, title: nullableString, snippet: { type: 'string', description: 'Excerpt; matched terms in [brackets]' } },
        },
        StoredArticle: {
          type: 'object',
          required: ['id', 'version', 'contentHash', 'addedAt', 'article', 'reading', 'versions', 'stories'],
          properties: {
            id: { type: 'string' },
            version: { type: 'integer' },
            contentHash: { type: 'string' },
            addedAt: { type: 'string' },
            article: { type: 'object', description: 'Extracted article: input, url, title, authors, published, site, language, text, notes' },
            reading: { type: 'object', description: 'sentences, actors, mentions, quotes, times, statements; spans index article.text' },
            versions: { type: 'array', items: { type: 'object', properties: { version: { type: 'integer' }, addedAt: { type: 'string' }, contentHash: { type: 'string' } } } },
            stories: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } } },
          },
        },
        Actor: {
          type: 'object',
          required: ['id', 'name', 'type', 'kind', 'aliases', 'roles', 'mentions', 'articles', 'stories', 'positions'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            type: { type: 'string' },
            kind: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
            roles: { type: 'array', items: { type: 'string' } },
            code: nullableString,
            partOf: nullableString,
            mentions: { type: 'integer' },
            articles: { type: 'array', items: { type: 'object' } },
            stories: { type: 'array', items: { type: 'object' } },
            positions: {
              type: 'array',
              description: 'Oldest first; undated last',
              items: {
                type: 'object',
                properties: {
                  story: { type: 'string' },
                  storyTitle: { type: 'string' },
                  type: { type: 'string', description: 'PLOVER event type' },
                  target: nullableString,
                  negated: { type: 'boolean' },
                  modality: { type: 'string' },
                  trigger: { type: 'string' },
                  date: nullableString,
                  evidence: { type: 'array', items: { type: 'object', properties: { article: { type: 'string' }, text: { type: 'string' } } } },
                },
              },
            },
          },
        },
        Dossier: dossierComponent(),
      },
    },
  };
}
