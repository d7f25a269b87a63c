// The preview page: builds its form from the served OpenAPI document and the scenarios' examples, shows each channel as
// its recipient sees it, every tone side by side, and each field error next to the field it names.
// @ts-check

/** @typedef {Record<string, any>} Json */
/** @typedef {HTMLInputElement | HTMLSelectElement} Control */

const $ = (/** @type {string} */ selector) => /** @type {HTMLElement} */ (document.querySelector(selector));
const form = /** @type {HTMLFormElement} */ ($('#facts'));

const state = {
  /** @type {Json} */ doc: {},
  /** @type {Map<string, Json>} */ scenarios: new Map(),
  /** @type {Set<string>} Pointers some scenario writes into its text: the others (atsReasonId...) are never "unused". */
  textFields: new Set(),
  sequence: 0,
  /** @type {Json | null} The message last rendered in our words, shown beside a draft. */
  builtin: null,
  /** @type {Json} Its request. */
  builtinFacts: {},
};

/**
 * An element with properties, attributes (`aria-*`, `data-*`, `for`) and children (strings become text nodes: no
 * string is ever parsed as HTML).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>} [props]
 * @param {(Node | string | null | undefined | false)[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^(aria-|data-|for$|role$)/.test(key)) node.setAttribute(key, String(value));
    else /** @type {any} */ (node)[key] = value;
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Backticks in the contract's descriptions become code. */
function prose(/** @type {string} */ text) {
  return text.split('`').map((part, i) => (i % 2 ? el('code', {}, part) : part));
}

// ---- The contract ----

/** @param {string} path */
async function getJson(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
}

/** A schema with its `$ref` followed; the referring schema's own keywords (a description) win. */
function resolve(/** @type {Json | undefined} */ schema) {
  let out = schema ?? {};
  while (out.$ref) {
    const { $ref, ...own } = out;
    const target = String($ref).slice(2).split('/').reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], state.doc);
    out = { ...target, ...own };
  }
  return out;
}

/** The languages the service offers: its own list where the contract has one, else the request schema's enum. */
async function languageOptions(/** @type {Json} */ schema) {
  if (state.doc.paths?.['/messages/languages']) {
    const { languages, default: preferred } = await getJson('messages/languages');
    return {
      preferred,
      options: languages.map((/** @type {Json} */ l) => ({ value: l.tag, label: `${l.name} (${l.tag})` })),
    };
  }
  return { preferred: undefined, options: (schema.enum ?? []).map((/** @type {string} */ v) => ({ value: v, label: v })) };
}

// ---- The form, built from the request schema ----

const acronyms = new Set(['ats', 'id', 'sms', 'url']);
/** "keepDoorOpen" -> "Keep door open", "atsReasonId" -> "ATS reason ID". */
function labelFor(/** @type {string} */ key) {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
  const text = words.map((w) => (acronyms.has(w) ? w.toUpperCase() : w)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const idFor = (/** @type {string} */ pointer) => `field${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;

/**
 * One labelled control for a leaf of the request schema, with its description as a hint and a slot for its error.
 * @param {string} pointer
 * @param {string} key
 * @param {Json} schema
 * @param {{ value: string, label: string }[]} [options] choices that replace the schema's enum
 */
function field(pointer, key, schema, options) {
  const id = idFor(pointer);
  /** @type {{ value: string, label: string }[] | undefined} */
  const choices = options ?? schema.enum?.map((/** @type {string} */ v) => ({ value: v, label: v }));
  /** @type {Control} */
  let control;
  let kind = 'text';
  if (choices) {
    kind = 'enum';
    control = el('select', {}, el('option', { value: '' }, '(not set)'), ...choices.map((c) => el('option', { value: c.value }, c.label)));
  } else if (schema.type === 'boolean') {
    kind = 'boolean';
    control = el('input', { type: 'checkbox' });
  } else {
    if (schema.type === 'number' || schema.type === 'integer') kind = 'number';
    else if (schema.type !== 'string') kind = 'json';
    control = el('input', { type: 'text', autocomplete: 'off', spellcheck: false, placeholder: schema.example ?? '' });
  }
  Object.assign(control, { id, name: pointer });
  control.dataset.pointer = pointer;
  control.dataset.kind = kind;
  const hint = [schema.description, schema.maxLength ? `Up to ${schema.maxLength} characters.` : ''].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', `${id}-hint`);
  const label = el('label', { for: id }, labelFor(key), ' ', el('code', {}, key), el('span', { className: 'required' }));
  return el(
    'div',
    { className: `field ${kind === 'boolean' ? 'check' : ''}`, 'data-field': pointer },
    ...(kind === 'boolean' ? [control, label] : [label, control]),
    el('p', { id: `${id}-hint`, className: 'hint' }, ...prose(hint), el('span', { className: 'unused-note' })),
    el('p', { id: `${id}-error`, className: 'error', hidden: true }),
  );
}

/** Every property of an object schema, nested objects as fieldsets, in the contract's order. */
function buildFields(/** @type {Json} */ schema, /** @type {string} */ pointer, /** @type {HTMLElement} */ container) {
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const path = `${pointer}/${key}`;
    if (['/scenario', '/tone', '/channel', '/language'].includes(path)) continue;
    const prop = resolve(raw);
    if (prop.type === 'object' && prop.properties) {
      const group = el('fieldset', { id: idFor(path), className: 'group', tabIndex: -1, 'data-field': path }, el('legend', {}, labelFor(key)));
      if (prop.description) group.append(el('p', { className: 'hint' }, ...prose(prop.description)));
      buildFields(prop, path, group);
      group.append(el('p', { id: `${idFor(path)}-error`, className: 'error', hidden: true }));
      container.append(group);
    } else {
      container.append(field(path, key, prop));
    }
  }
}

/** The pickers: scenario (with its description), tone and channel for the scenario, and the language. */
async function buildPickers(/** @type {Json} */ requestSchema) {
  const pickers = $('#pickers');
  const scenarioField = field('/scenario', 'scenario', resolve(requestSchema.properties.scenario), [...state.scenarios.values()].map((s) => ({ value: s.id, label: s.title })));
  scenarioField.querySelector('option[value=""]')?.remove();
  const { preferred, options } = await languageOptions(resolve(requestSchema.properties.language));
  // No list at all (a free-form tag): a text field.
  const language = field('/language', 'language', resolve(requestSchema.properties.language), options.length ? options : undefined);
  if (preferred) language.querySelector('option[value=""]')?.replaceChildren(`(default: ${preferred})`);
  pickers.append(
    scenarioField,
    el('p', { id: 'scenario-description', className: 'hint' }),
    field('/tone', 'tone', resolve(requestSchema.properties.tone), []),
    field('/channel', 'channel', resolve(requestSchema.properties.channel), []),
    language,
  );
}

const control = (/** @type {string} */ pointer) => /** @type {Control | null} */ (form.querySelector(`[name="${CSS.escape(pointer)}"]`));
const controls = () => /** @type {Control[]} */ ([...form.querySelectorAll('[data-kind]')]);

/** The scenario's own tones and channels, its required and unused fields, and its example as the values. */
function applyScenario(/** @type {string} */ id) {
  const scenario = /** @type {Json} */ (state.scenarios.get(id));
  const example = scenario.example;
  for (const [pointer, values, chosen] of /** @type {[string, string[], string][]} */ ([
    ['/tone', scenario.tones, example.tone ?? scenario.defaultTone],
    ['/channel', scenario.channels, example.channel ?? 'email'],
  ])) {
    const select = /** @type {HTMLSelectElement} */ (control(pointer));
    select.replaceChildren(...values.map((v) => el('option', { value: v }, v)));
    select.value = chosen;
  }
  $('#scenario-description').replaceChildren(scenario.description);
  const required = new Set(scenario.fields.required);
  const uses = new Set([...scenario.fields.required, ...scenario.fields.uses]);
  for (const c of controls()) {
    const pointer = /** @type {string} */ (c.dataset.pointer);
    if (pointer === '/scenario' || pointer === '/tone' || pointer === '/channel') continue;
    const wrapper = /** @type {HTMLElement} */ (c.closest('.field'));
    const unused = state.textFields.has(pointer) && !uses.has(pointer);
    wrapper.classList.toggle('unused', unused);
    /** @type {HTMLElement} */ (wrapper.querySelector('.unused-note')).textContent = unused ? ' Not used by this scenario.' : '';
    /** @type {HTMLElement} */ (wrapper.querySelector('.required')).textContent = required.has(pointer) ? ' (required)' : '';
    const value = pointer.slice(1).split('/').reduce((/** @type {any} */ node, key) => node?.[key], example);
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = value === true;
    else c.value = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** The request body: every control that holds a value, at its pointer. Text is sent as typed; the service judges it. */
function collect() {
  /** @type {Json} */
  const body = {};
  for (const c of controls()) {
    const kind = c.dataset.kind;
    /** @type {unknown} */
    let value = c.value === '' ? undefined : c.value;
    if (c instanceof HTMLInputElement && kind === 'boolean') value = c.checked ? true : undefined;
    else if (value !== undefined && kind === 'number' && !Number.isNaN(Number(value))) value = Number(value);
    else if (value !== undefined && kind === 'json') {
      try {
        value = JSON.parse(String(value));
      } catch {
        // Sent as the string it is; the service names the field if that is wrong.
      }
    }
    if (value === undefined) continue;
    const keys = /** @type {string} */ (c.dataset.pointer).slice(1).split('/');
    const last = /** @type {string} */ (keys.pop());
    keys.reduce((node, key) => (node[key] ??= {}), body)[last] = value;
  }
  return body;
}

// ---- Rendering ----

/** @param {string} path @param {Json} body @param {Record<string, string>} [headers] */
async function post(path, body, headers = {}) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: json };
  return { ok: false, problem: json ?? { title: `The service answered ${res.status}`, detail: res.statusText } };
}

/**
 * The email's HTML. The service escapes every character of it already; the page still trusts only what an email body
 * of this service can hold. It is parsed in an inert document (DOMParser runs no script and loads nothing) and only
 * paragraphs, line breaks and text are copied across; anything else would be a bug, and is shown as its text.
 */
function safeHtml(/** @type {string} */ html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  /** @returns {Node} */
  const copy = (/** @type {Node} */ node) => {
    if (node.nodeName === 'P') return el('p', {}, ...[...node.childNodes].map(copy));
    if (node.nodeName === 'BR') return el('br');
    return document.createTextNode(node.textContent ?? '');
  };
  return el('div', { className: 'email-body' }, ...[...parsed.body.childNodes].map(copy));
}

const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const channelNames = /** @type {Record<string, string>} */ ({ sms: 'SMS', linkedin: 'LinkedIn' });
const initials = (/** @type {string} */ name) => name.split(/\s+/).map((w) => w.charAt(0)).join('').slice(0, 2).toUpperCase();

/** One function per channel; an unknown channel (a newer service) shows as plain text. */
const channelViews = {
  email: (/** @type {Json} */ m, /** @type {Json} */ facts, /** @type {boolean} */ compact) =>
    el(
      'article',
      { className: 'email', 'aria-label': 'Email' },
      el(
        'dl',
        { className: 'email-head' },
        !compact && el('dt', {}, 'From'),
        !compact && el('dd', {}, facts.candidate?.name ?? '', facts.candidate?.email ? ` <${facts.candidate.email}>` : ''),
        !compact && el('dt', {}, 'To'),
        !compact && el('dd', {}, [facts.recipient?.name, facts.company].filter(Boolean).join(', ')),
        el('dt', {}, 'Subject'),
        el('dd', { className: 'subject' }, m.subject ?? ''),
      ),
      safeHtml(m.html ?? ''),
    ),
  sms: (/** @type {Json} */ m, /** @type {Json} */ facts) =>
    el(
      'article',
      { className: 'phone', 'aria-label': 'Text message' },
      el('p', { className: 'phone-to' }, `To ${facts.recipient?.name ?? facts.company ?? ''}`),
      el('p', { className: 'bubble' }, m.text),
      el('p', { className: 'meta sms-meta' }, `${plural(m.stats.smsSegments, 'SMS segment')} · ${m.stats.smsEncoding} · ${plural(m.stats.characters, 'character')}`),
    ),
  linkedin: (/** @type {Json} */ m, /** @type {Json} */ facts) =>
    el(
      'article',
      { className: 'linkedin', 'aria-label': 'LinkedIn message' },
      el('p', { className: 'sender' }, el('span', { className: 'avatar', 'aria-hidden': 'true' }, initials(facts.candidate?.name ?? '?')), facts.candidate?.name ?? ''),
      el('p', { className: 'dm' }, m.text),
      el('p', { className: 'meta' }, plural(m.stats.characters, 'character')),
    ),
  voicemail: (/** @type {Json} */ m) =>
    el(
      'article',
      { className: 'voicemail', 'aria-label': 'Voicemail script' },
      el('p', { className: 'meta speaking' }, `Speaking time: about ${plural(m.stats.speakingSeconds, 'second')}`),
      ...m.text.split('\n\n').map((/** @type {string} */ p) => el('p', {}, p)),
    ),
};

/** The message as its channel shows it; `compact` (the tones side by side) leaves out the email's From and To. */
function channelView(/** @type {Json} */ m, /** @type {Json} */ facts, compact = false) {
  const view = /** @type {Record<string, (m: Json, f: Json, compact: boolean) => HTMLElement>} */ (channelViews)[m.channel];
  const node = view ? view(m, facts, compact) : el('pre', { className: 'plain' }, m.text);
  node.dataset.channel = m.channel;
  return node;
}

function showMessage(/** @type {Json} */ m, /** @type {Json} */ facts) {
  $('#rendering').replaceChildren(channelView(m, facts));
  $('#advice').replaceChildren(...m.advice.map((/** @type {Json} */ a) => el('li', { 'data-code': a.code }, a.text)));
  const c = m.classification;
  const rows = c
    ? [
        ['Ended by', c.direction],
        ['Stage', c.stage ?? 'not known to the message'],
        ['Reason', c.reasonCode ? `${c.reasonCode}${c.private ? ' (private)' : ''}` : 'none given'],
        ['Greenhouse', `${c.ats.greenhouse.rejectionReasonType.id}: ${c.ats.greenhouse.rejectionReasonType.name}`],
        ['Lever', c.ats.lever.archiveReasonType],
        ['Ashby', c.ats.ashby.reasonType],
        ['Google', c.ats.google.applicationState],
        ...(c.atsReasonId !== undefined ? [['Your reason id', c.atsReasonId]] : []),
      ]
    : [];
  $('#classification').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function showVariants(/** @type {Json[]} */ variants, /** @type {Json} */ facts) {
  $('#variants').replaceChildren(
    ...variants.map((v) =>
      el(
        'section',
        { className: 'variant', 'aria-label': `${v.tone} tone`, 'data-tone': v.tone },
        el('h3', {}, labelFor(v.tone)),
        channelView(v, facts, true),
        el('button', { type: 'button', className: 'secondary', 'data-use-tone': v.tone }, `Use the ${v.tone} tone`),
      ),
    ),
  );
}

function clearErrors() {
  $('#problem').hidden = true;
  for (const node of form.querySelectorAll('.error')) /** @type {HTMLElement} */ (node).hidden = true;
  for (const node of form.querySelectorAll('[aria-invalid]')) {
    node.removeAttribute('aria-invalid');
    if (node.tagName === 'FIELDSET') node.removeAttribute('aria-describedby');
    else node.setAttribute('aria-describedby', `${node.id}-hint`);
  }
}

/** The control (or, for a whole object, the fieldset) a pointer names, or the nearest one above it. */
function targetFor(/** @type {string} */ pointer) {
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
    const node = form.querySelector(`[name="${CSS.escape(p)}"]`) ?? document.getElementById(idFor(p));
    if (node) return /** @type {HTMLElement} */ (node);
  }
  return null;
}

/** Each field error beside its field; the summary lists them, each a link to its field. */
function showProblem(/** @type {Json} */ problem, /** @type {boolean} */ focus) {
  /** @type {HTMLElement | null} */
  let first = null;
  const items = (problem.errors ?? []).map((/** @type {Json} */ e) => {
    const target = targetFor(e.pointer);
    if (!target) return el('li', {}, `${e.pointer || 'The request'}: ${e.message}`);
    const error = /** @type {HTMLElement} */ (document.getElementById(`${target.id}-error`));
    error.textContent = error.hidden ? e.message : `${error.textContent}; ${e.message}`;
    error.hidden = false;
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', target.tagName === 'FIELDSET' ? `${target.id}-error` : `${target.id}-error ${target.id}-hint`);
    first ??= target;
    return el('li', {}, el('a', { href: `#${target.id}` }, `${e.pointer}: ${e.message}`));
  });
  $('#problem').replaceChildren(el('p', { className: 'problem-title' }, problem.title ?? 'Not rendered'), el('p', {}, problem.detail ?? ''), el('ul', {}, ...items));
  $('#problem').hidden = false;
  $('#status').textContent = 'Not rendered: see the errors.';
  if (focus && first) /** @type {HTMLElement} */ (first).focus();
}

/** Renders the message and every tone; a render started later wins over one still on its way. */
async function render(/** @type {{ focus?: boolean }} */ { focus = false } = {}) {
  const sequence = ++state.sequence;
  const body = collect();
  const { tone: _tone, ...facts } = body;
  $('#status').textContent = 'Rendering…';
  const [one, all] = await Promise.all([post('messages', body), post('messages/variants', facts)]);
  if (sequence !== state.sequence) return;
  clearErrors();
  if (!one.ok) return showProblem(one.problem, focus);
  showMessage(one.data, body);
  showVariants(all.ok ? all.data.variants : [], body);
  state.builtin = one.data;
  state.builtinFacts = body;
  const m = one.data;
  $('#status').textContent = `${labelFor(m.tone)} ${channelNames[m.channel] ?? m.channel} message for ${body.company ?? 'the company'}, ${plural(m.stats.words, 'word')}.`;
}

let typing = 0;
function wire() {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A render still waiting on the typing pause would start after this one and win, without moving focus.
    clearTimeout(typing);
    void render({ focus: true });
  });
  form.addEventListener('change', (event) => {
    const target = /** @type {Control} */ (event.target);
    // Text fields render as they are typed in (below); their change on leaving the field would render twice.
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    if (target.name === '/scenario') applyScenario(target.value);
    void render();
  });
  form.addEventListener('input', (event) => {
    if (/** @type {Element} */ (event.target).tagName !== 'INPUT') return;
    clearTimeout(typing);
    typing = window.setTimeout(() => void render(), 400);
  });
  $('#reset').addEventListener('click', () => {
    applyScenario(/** @type {Control} */ (control('/scenario')).value);
    void render();
  });
  $('#variants').addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('[data-use-tone]');
    if (!(button instanceof HTMLElement)) return;
    /** @type {Control} */ (control('/tone')).value = button.dataset.useTone ?? '';
    void render();
    $('#preview').focus();
  });
}

// ---- A platform's draft ----

/** One violation as a line: its rule, where (line and column for syntax), and what is wrong. */
function violationItem(/** @type {Json} */ v) {
  const where = v.line !== undefined ? ` (${v.pointer ?? ''} line ${v.line}, column ${v.column})` : v.pointer ? ` (${v.pointer})` : '';
  return el('li', { className: v.severity, 'data-rule': v.rule }, el('strong', {}, `${v.severity}: ${v.rule}`), `${where}: ${v.message}`);
}

/** Validates the draft with the facts of the form and shows it, tone by tone, beside our words. */
async function checkDraft() {
  const body = collect();
  const { scenario, channel = 'email', language = 'en-US', tone: _tone, templateVersion: _pin, phrasingSeed: _seed, ...facts } = body;
  const key = /** @type {HTMLInputElement} */ ($('#api-key')).value.trim();
  const tone = /** @type {HTMLSelectElement} */ ($('#draft-tone')).value;
  const subject = /** @type {HTMLInputElement} */ ($('#draft-subject')).value;
  const text = /** @type {HTMLTextAreaElement} */ ($('#draft-text')).value;
  if (!key) return void ($('#draft-status').textContent = 'Enter your API key first: validation needs it.');
  $('#draft-status').textContent = 'Checking…';
  const draft = { scenario, language: String(language).replace(/_/g, '-'), channel, text, facts, ...(tone && { tone }), ...(subject && { subject }) };
  const result = await post('templates/validate', draft, { authorization: `Bearer ${key}` });
  if (!result.ok) {
    const p = result.problem;
    const errors = (p.errors ?? []).map((/** @type {Json} */ e) => `${e.pointer}: ${e.message}`).join('; ');
    $('#draft-problems').replaceChildren();
    $('#draft-renderings').replaceChildren();
    $('#draft-status').textContent = `${p.title ?? 'Not checked'}: ${p.detail ?? ''}${errors ? ` ${errors}` : ''}`;
    return;
  }
  const v = result.data;
  $('#draft-problems').replaceChildren(...v.violations.map(violationItem));
  $('#draft-renderings').replaceChildren(
    ...v.renderings.map((/** @type {Json} */ r) =>
      el(
        'section',
        { className: 'variant', 'aria-label': `${r.tone} tone`, 'data-tone': r.tone },
        el('h4', {}, labelFor(r.tone)),
        r.text !== undefined ? channelView({ ...r, channel, advice: [] }, body, true) : el('p', {}, 'Not rendered.'),
        el('ul', { className: 'violations' }, ...r.violations.map(violationItem)),
      ),
    ),
  );
  if (state.builtin) $('#builtin-rendering').replaceChildren(channelView(state.builtin, state.builtinFacts, true));
  const errors = [...v.violations, ...v.renderings.flatMap((/** @type {Json} */ r) => r.violations)].filter((x) => x.severity === 'error').length;
  $('#draft-status').textContent = v.valid ? 'Valid: the draft may be stored (PUT /templates/…).' : `Invalid: ${plural(errors, 'error')}; a PUT would be refused.`;
}

function wireDraft() {
  const tones = /** @type {HTMLSelectElement} */ ($('#draft-tone'));
  const toneControl = control('/tone');
  if (toneControl instanceof HTMLSelectElement) for (const o of toneControl.options) if (o.value) tones.append(el('option', { value: o.value }, o.textContent ?? o.value));
  $('#draft').addEventListener('submit', (event) => {
    event.preventDefault();
    void checkDraft();
  });
}

async function start() {
  const [doc, { scenarios }] = await Promise.all([getJson('openapi.json'), getJson('messages/scenarios')]);
  state.doc = doc;
  for (const s of scenarios) {
    state.scenarios.set(s.id, s);
    for (const p of [...s.fields.required, ...s.fields.uses]) state.textFields.add(p);
  }
  const requestSchema = resolve(doc.paths['/messages'].post.requestBody.content['application/json'].schema);
  await buildPickers(requestSchema);
  buildFields(requestSchema, '', $('#fields'));
  applyScenario(scenarios[0].id);
  wire();
  wireDraft();
  await render();
}

start().catch((err) => {
  $('#status').textContent = `The preview could not start: ${err.message}`;
});
