import { expect } from '@open-wc/testing';
import type { FeedEvent, FeedField } from '../../src/feed/schema.js';
import { autocompleteFor, feedAvailability, loadDraft, saveDraft } from '../../src/signup/form.js';
import { clearDraft } from '../../src/signup/submission.js';
import { signupBody, validate } from '../../src/signup/validate.js';
import { MAX_NAME } from '../../src/feed/signup-rules.js';
import { formEvent } from '../feed/fixtures.js';

const fields: FeedField[] = [
  { id: 'organisation', label: 'School', type: 'text', required: true, maxLength: 10 },
  { id: 'level', label: 'Niveau', type: 'select', required: true, options: [{ value: 'lager', label: 'Lager' }] },
  { id: 'vgt', label: 'Tolk', type: 'checkbox' },
  { id: 'rules', label: 'Reglement', type: 'checkbox', required: true },
  { id: 'phone', label: 'Telefoon', type: 'tel' },
  { id: 'boss', label: 'Directie', type: 'email' },
  { id: 'people', label: 'Aantal', type: 'number' },
  { id: 'note', label: 'Opmerking', type: 'textarea', maxLength: 5 },
];
const good = {
  name: 'An',
  email: 'an@example.org',
  'answers.organisation': 'Wijnpers',
  'answers.level': 'lager',
  'answers.rules': true,
};
const codes = (values: Record<string, string | boolean>, consent = true) =>
  validate(fields, values, consent).map((p) => `${p.field}:${p.code}${p.n ? p.n : ''}`);

describe('sign-up form logic', () => {
  describe('validate', () => {
    it('accepts a complete form', () => {
      expect(codes(good)).to.deep.equal([]);
    });

    it('reports every problem in the order of the form', () => {
      expect(codes({}, false)).to.deep.equal([
        'name:req',
        'email:req',
        'answers.organisation:req',
        'answers.level:choose',
        'answers.rules:tick',
        'consent:eConsent',
      ]);
    });

    it('checks e-mail, phone, number, options and length, like the server', () => {
      expect(
        codes({
          ...good,
          email: 'an@example',
          'answers.organisation': 'Veel te lange naam',
          'answers.level': 'hoger',
          'answers.phone': 'bel me',
          'answers.boss': 'x@y',
          'answers.people': 'drie',
          'answers.note': '123456',
        }),
      ).to.deep.equal([
        'email:eEmail',
        'answers.organisation:long10',
        'answers.level:choose',
        'answers.phone:tel',
        'answers.boss:eEmail',
        'answers.people:num',
        'answers.note:long5',
      ]);
      expect(
        codes({
          ...good,
          'answers.phone': '+32 16 12 34 56',
          'answers.boss': 'dir@school.be',
          'answers.people': '2,5',
        }),
      ).to.deep.equal([]);
    });

    it('treats spaces as empty and caps the name', () => {
      expect(codes({ ...good, name: '   ' })).to.deep.equal(['name:req']);
      expect(codes({ ...good, name: 'a'.repeat(MAX_NAME + 1) })).to.deep.equal([`name:long${MAX_NAME}`]);
    });
  });

  describe('signupBody', () => {
    it('trims, leaves out empty answers, sends checkboxes as booleans and numbers as numbers', () => {
      const body = signupBody(
        fields,
        { ...good, name: ' An ', 'answers.people': '2,5', 'answers.note': '  ' },
        true,
        'fr',
        '',
      );
      expect(body).to.deep.equal({
        name: 'An',
        email: 'an@example.org',
        consent: true,
        language: 'fr',
        website: '',
        answers: { organisation: 'Wijnpers', level: 'lager', vgt: false, rules: true, people: 2.5 },
      });
    });

    it('sends only the fields the event asks for', () => {
      expect(signupBody([], { ...good, 'answers.hack': 'x' }, true, 'nl', '').answers).to.deep.equal({});
    });
  });

  it('gives browsers autocomplete hints', () => {
    expect(fields.map(autocompleteFor)).to.deep.equal([
      'organization',
      undefined,
      undefined,
      undefined,
      'tel',
      'email',
      undefined,
      undefined,
    ]);
  });

  describe('draft in session storage', () => {
    afterEach(() => clearDraft('ev-draft'));

    it('keeps what was typed and the pending attempt, and clears it', () => {
      expect(loadDraft('ev-draft')).to.equal(undefined);
      saveDraft('ev-draft', { values: { name: 'An' }, pending: { key: 'k', body: '{}' } });
      expect(loadDraft('ev-draft')).to.deep.equal({ values: { name: 'An' }, pending: { key: 'k', body: '{}' } });
      expect(loadDraft('other-event')).to.equal(undefined);
      clearDraft('ev-draft');
      expect(loadDraft('ev-draft')).to.equal(undefined);
    });

    it('ignores a broken draft', () => {
      sessionStorage.setItem('som-widgets:signup:ev-draft', '{not json');
      expect(loadDraft('ev-draft')).to.equal(undefined);
      sessionStorage.setItem('som-widgets:signup:ev-draft', '{"values":null}');
      expect(loadDraft('ev-draft')).to.equal(undefined);
    });
  });

  describe('feedAvailability (when the endpoint cannot be asked)', () => {
    const ev = (over: Partial<FeedEvent> = {}, reg: Record<string, unknown> = {}): FeedEvent =>
      formEvent('2027-01-14T15:45:00+01:00', '2027-01-14T17:45:00+01:00', over, reg);
    const at = (iso: string) => Date.parse(iso);
    const state = (e: FeedEvent, now: string) => feedAvailability(e, at(now), 'Europe/Brussels').state;

    it('follows the dates', () => {
      const e = ev({}, { opens: '2026-11-16T09:00:00+01:00', closes: '2027-01-10T23:59:00+01:00' });
      expect(state(e, '2026-11-01T00:00:00Z')).to.equal('not-yet-open');
      expect(state(e, '2026-12-01T00:00:00Z')).to.equal('open');
      expect(state(e, '2027-01-11T00:00:00Z')).to.equal('closed');
      expect(state(ev(), '2027-01-14T17:00:00Z')).to.equal('closed');
    });

    it('follows the event status', () => {
      expect(state(ev({ status: 'cancelled' }), '2026-12-01T00:00:00Z')).to.equal('cancelled');
      expect(state(ev({ status: 'full' }), '2026-12-01T00:00:00Z')).to.equal('full');
      expect(state(ev({ status: 'full' }, { waitlist: true }), '2026-12-01T00:00:00Z')).to.equal('waitlist');
    });

    it('never invents a count', () => {
      expect(
        feedAvailability(ev({}, { capacity: 35 }), at('2026-12-01T00:00:00Z'), 'Europe/Brussels').remaining,
      ).to.equal(null);
    });
  });
});
