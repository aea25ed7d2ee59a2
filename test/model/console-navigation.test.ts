import { expect } from '@open-wc/testing';
import { destinationOf, parseTabList, resolveTab, TAB_TARGET, TARGET_TAB, tabForKey, visibleTabs } from '../../src/model/console-navigation.js';

describe('admin console navigation model', () => {
  it('parses hide-tabs with commas, spaces, case and unknown names', () => {
    expect(parseTabList(' Tools,access  bogus,tools ')).to.deep.equal(['tools', 'access']);
    expect(parseTabList(null)).to.deep.equal([]);
    expect(visibleTabs(['tools', 'access'])).to.deep.equal(['overview', 'setup', 'scopes', 'people', 'connections', 'activity']);
  });

  it('resolves a hidden or unknown tab to the first visible one', () => {
    expect(resolveTab('scopes', [])).to.equal('scopes');
    expect(resolveTab('scopes', ['scopes'])).to.equal('overview');
    expect(resolveTab('nope', ['overview'])).to.equal('setup');
    expect(resolveTab('overview', ['overview', 'setup', 'tools', 'scopes', 'access', 'people', 'connections', 'activity'])).to.equal(undefined);
  });

  it('maps every navigate target to a destination, and each tab back to a target that returns to it', () => {
    expect(destinationOf('applications', '', { readonly: false })).to.deep.equal({ view: 'list' });
    expect(destinationOf('registration', '', { readonly: false })).to.deep.equal({ view: 'register' });
    expect(destinationOf('registration', '', { readonly: true })).to.equal(undefined);
    expect(destinationOf('tools', '', { readonly: false })).to.equal(undefined);
    expect(destinationOf('install', 'a', { readonly: false })).to.deep.equal({ view: 'application', tab: 'setup' });
    expect(destinationOf('launch', 'a', { readonly: false })).to.deep.equal({ view: 'application', tab: 'overview' });
    // The protection check is on the Overview, not the Setup tab.
    expect(destinationOf('check', 'a', { readonly: false })).to.deep.equal({ view: 'application', tab: 'overview' });
    // "Review clients" opens the application's Connections tab.
    expect(destinationOf('clients', 'a', { readonly: false })).to.deep.equal({ view: 'application', tab: 'connections' });
    for (const [tab, target] of Object.entries(TAB_TARGET)) {
      expect(TARGET_TAB[target as keyof typeof TARGET_TAB]).to.equal(tab);
    }
  });

  it('moves with arrows (wrapping, mirrored in RTL), Home and End', () => {
    const visible = visibleTabs(['scopes']);
    expect(tabForKey('ArrowRight', 'overview', visible)).to.equal('setup');
    expect(tabForKey('ArrowRight', 'activity', visible)).to.equal('overview');
    expect(tabForKey('ArrowLeft', 'overview', visible)).to.equal('activity');
    expect(tabForKey('ArrowLeft', 'overview', visible, true)).to.equal('setup');
    expect(tabForKey('ArrowRight', 'tools', visible)).to.equal('access');
    expect(tabForKey('Home', 'access', visible)).to.equal('overview');
    expect(tabForKey('End', 'overview', visible)).to.equal('activity');
    expect(tabForKey('a', 'overview', visible)).to.equal(undefined);
  });
});
