// The parts of the OpenAPI document that are not derived from routes: info, servers, tags.

/**
 * The API contract's own semantic version (README: Releases), apart from the service's: it moves only when
 * openapi/openapi.json does, so a release that changes only the words or the operations side leaves it as it is.
 */
export const contractVersion = '0.1.0';

export const openapiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Decline & withdrawal messages',
    version: contractVersion,
    summary: 'Ready-to-send messages for job candidates who are saying no.',
    description:
      'Validates the facts of a situation (cancelling an interview after accepting another offer, withdrawing, ' +
      'declining an offer, answering a recruiter, ...) and returns a ready-to-send message in the tone and channel ' +
      'asked for. The service never sends anything: it returns drafts that a person approves.\n\n' +
      'Every error is `application/problem+json` (RFC 9457); validation problems list each bad field as a JSON ' +
      'Pointer into the request body. Any operation may also answer `429` (too many requests from one client ' +
      'address) or `503` (the instance is shedding load), both with a `Retry-After` header in seconds.\n\n' +
      'To see a message as its recipient would, in every channel and tone, use the [preview page](/preview).\n\n' +
      'A platform may keep its own words: with its API key (`Authorization: Bearer <apiKey>`), `POST /messages` renders ' +
      "the platform's published template for the scenario, language and channel when there is one, else ours, and the " +
      "answer's `template` says which. Templates are stored as immutable versions, validated by the same content rules " +
      'as our own words, published or pinned (`templateVersion`). Without a key, our words serve.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/', description: 'This server' }],
  components: {
    securitySchemes: {
      apiKey: { type: 'http' as const, scheme: 'bearer', description: "A platform's API key (`dmk_<id>_<secret>`), from the admin API." },
      adminToken: { type: 'http' as const, scheme: 'bearer', description: "The operator's ADMIN_TOKEN." },
    },
  },
  tags: [
    { name: 'messages', description: 'Render messages.' },
    { name: 'catalogue', description: 'Discover the scenarios, tones and channels.' },
    { name: 'templates', description: "A platform's own words: validated, versioned, published or pinned." },
    { name: 'settings', description: "A platform's settings, and all of its words as one document to export and import." },
    { name: 'admin', description: 'Tenants and their API keys, for the operator (ADMIN_TOKEN).' },
  ],
};
