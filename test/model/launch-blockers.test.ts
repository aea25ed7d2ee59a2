import { expect } from '@open-wc/testing';
import { encodeGoBytes } from '../../src/api/wire.js';
import { driftEvent } from '../../src/api/drift-events.js';
import {
  activationBlockers, BLOCKER_STEP, BLOCKER_TARGET, driftFacts, manifestHealth, parseActivationFailure,
  setupQueue, shellQuote, verifyCalls,
} from '../../src/model/launch-blockers.js';
import { launchEn } from '../../src/i18n/messages/launch.en.js';

const steps = (details: (string | undefined)[], complete: boolean[] = []) => ({
  steps: ['Register', 'Tool inventory', 'Define scopes', 'Map tools to scopes', 'Default role', 'Activate'].map((name, i) => ({
    step: i + 1, name, complete: complete[i] ?? false, detail: details[i],
  })),
});

describe('model: launch blockers', () => {
  describe('setup queue', () => {
    it('orders the steps and reads AuthSec’s details as counts', () => {
      const checklist = steps([undefined, '101 tools', '3 scopes', '12 unmapped', 'viewer: 0 scopes', 'can_activate=false'], [true, true, true]);
      checklist.steps.reverse();
      const queue = setupQueue(checklist);
      expect(queue.map((q) => [q.step, q.code, q.count, q.target])).to.deep.equal([
        [1, 'register', undefined, 'registration'],
        [2, 'tool_inventory', 101, 'install'],
        [3, 'define_scopes', 3, 'scopes'],
        [4, 'map_tools', 12, 'tools'],
        [5, 'default_role', 0, 'access'],
        [6, 'activate', undefined, 'launch'],
      ]);
      expect(queue.every((q) => q.detail === undefined)).to.equal(true);
      expect(queue.map((q) => q.complete)).to.deep.equal([true, true, true, false, false, false]);
    });

    it('reads singular details too', () => {
      const queue = setupQueue(steps([undefined, '1 tool', '1 scope', '1 unmapped', 'viewer: 1 scope']));
      expect(queue.map((q) => q.count)).to.deep.equal([undefined, 1, 1, 1, 1, undefined]);
    });

    it('keeps a detail it cannot read, and a step it does not know (by number when the name changed)', () => {
      const queue = setupQueue({
        steps: [
          { step: 4, name: 'Map tools', complete: false, detail: 'lots unmapped' },
          { step: 7, name: 'constructor', complete: false, detail: '<b>x</b>' },
        ],
      });
      expect(queue[0]).to.deep.include({ code: 'map_tools', detail: 'lots unmapped', target: 'tools' });
      expect(queue[0]!.count).to.equal(undefined);
      expect(queue[1]).to.deep.include({ code: 'unknown', name: 'constructor', detail: '<b>x</b>', target: 'launch' });
    });
  });

  describe('activation failures', () => {
    it('turns failed[] codes into blockers with counts', () => {
      expect(activationBlockers(['step_2_no_tools', 'step_4_unmapped_tool_count: 12', 'step_5_viewer_role_empty', 'step_4_unmapped_tool_count: 12'])).to.deep.equal([
        { code: 'step_2_no_tools', raw: 'step_2_no_tools' },
        { code: 'step_4_unmapped_tool_count', count: 12, raw: 'step_4_unmapped_tool_count: 12' },
        { code: 'step_5_viewer_role_empty', raw: 'step_5_viewer_role_empty' },
      ]);
      expect(activationBlockers(null)).to.deep.equal([]);
    });

    it('keeps unknown codes as they came', () => {
      expect(parseActivationFailure('step_9_moon_phase')).to.deep.equal({ code: 'unknown', raw: 'step_9_moon_phase' });
      expect(parseActivationFailure('<img src=x>')).to.deep.equal({ code: 'unknown', raw: '<img src=x>' });
      expect(parseActivationFailure(' step_3_no_scopes ')).to.deep.equal({ code: 'step_3_no_scopes', raw: ' step_3_no_scopes ' });
      expect(parseActivationFailure('step_4_unmapped_tool_count')).to.deep.equal({ code: 'step_4_unmapped_tool_count', raw: 'step_4_unmapped_tool_count' });
    });

    it('every gate has words, a destination and a step', () => {
      for (const code of Object.keys(BLOCKER_STEP) as (keyof typeof BLOCKER_STEP)[]) {
        expect(launchEn, code).to.have.property(`launch.blocker.${code}`);
        expect(BLOCKER_TARGET[code]).to.be.a('string');
      }
      expect(BLOCKER_STEP.step_4_unmapped_tool_count).to.equal(4);
    });
  });

  describe('manifest health', () => {
    const a = (status: 'success' | 'auth_failed', id: string) => ({
      id, rs_id: 'rs', attempted_at: '2026-11-21T00:00:00Z', status, reason: undefined, tool_count: undefined, manifest_version: undefined, sdk_build_id: undefined,
    });
    it('never seen, ok, failing, failing after it once worked', () => {
      expect(manifestHealth({ last_attempt: undefined, last_success: undefined, never_seen: true })).to.equal('never_seen');
      expect(manifestHealth({ last_attempt: a('success', '1'), last_success: a('success', '1'), never_seen: false })).to.equal('ok');
      expect(manifestHealth({ last_attempt: a('auth_failed', '2'), last_success: undefined, never_seen: false })).to.equal('failing');
      expect(manifestHealth({ last_attempt: a('auth_failed', '2'), last_success: a('success', '1'), never_seen: false })).to.equal('failing_after_success');
      expect(manifestHealth({ last_attempt: undefined, last_success: a('success', '1'), never_seen: false })).to.equal('ok');
    });
  });

  describe('drift facts', () => {
    const parse = (event_type: string, payload: unknown) =>
      driftFacts(driftEvent.parse({ id: 'e', event_type, event_payload: typeof payload === 'string' ? payload : encodeGoBytes(payload), occurred_at: '2026-11-21T00:00:00Z' }));
    it('decodes each type’s base64 payload', () => {
      expect(parse('scope_deleted', { scope_id: 's1', scope_string: 'docs:write' })).to.deep.equal({ scope: 'docs:write', scopeId: 's1' });
      expect(parse('tool_unmapped', { tool_id: 't1', scope_id: 's1' })).to.deep.equal({ toolId: 't1', scopeId: 's1' });
      expect(parse('default_role_disabled', { prior_default_role: 'rs-1:viewer' })).to.deep.equal({ role: 'rs-1:viewer' });
      expect(parse('secret_rotated', { rotated_at: '2026-11-20T00:00:00Z' })).to.deep.equal({ rotatedAt: '2026-11-20T00:00:00Z' });
      expect(parse('connection_revoked', { client_id: 'dcr-1' })).to.deep.equal({ client: 'dcr-1' });
      expect(parse('connection_revoked', { connection_id: 7 })).to.deep.equal({ client: '7' });
    });
    it('tolerates missing, odd and unreadable payloads', () => {
      expect(parse('scope_deleted', {})).to.deep.equal({});
      expect(parse('secret_rotated', { rotated_at: { nested: true } })).to.deep.equal({});
      expect(parse('scope_deleted', '%%% not base64')).to.deep.equal({ unreadable: '%%% not base64' });
      expect(driftFacts({ event_type: 'secret_rotated', event_payload: undefined })).to.deep.equal({});
    });
  });

  describe('verify calls', () => {
    it('builds the seed’s three calls for the Resource URI', () => {
      const calls = verifyCalls({ resource_uri: 'https://mcp.acme.example/mcp' })!;
      expect(calls.metadataUrl).to.equal('https://mcp.acme.example/.well-known/oauth-protected-resource/mcp');
      expect(calls.unauthenticated).to.equal(
        `curl -si -X POST 'https://mcp.acme.example/mcp' -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"tools/list"}'`,
      );
      expect(calls.withToken).to.contain(`-H "Authorization: Bearer $TOKEN"`);
      expect(calls.withToken).to.contain(`"method":"tools/call"`);
    });
    it('quotes whatever the URI contains, and refuses what is not http(s)', () => {
      expect(shellQuote(`it's`)).to.equal(`'it'\\''s'`);
      const calls = verifyCalls({ resource_uri: `https://x.example/a'$(rm -rf ~)` })!;
      expect(calls.unauthenticated).to.contain(`'https://x.example/a'\\''$(rm -rf ~)'`);
      expect(verifyCalls({ resource_uri: 'javascript:alert(1)' })).to.equal(undefined);
      expect(verifyCalls({ resource_uri: 'not a url' })).to.equal(undefined);
      expect(verifyCalls({ resource_uri: 'http://localhost:8080/' })!.metadataUrl).to.equal('http://localhost:8080/.well-known/oauth-protected-resource');
    });
  });
});
