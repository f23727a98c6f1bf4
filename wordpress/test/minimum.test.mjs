// The plugin on the oldest WordPress it supports ("Requires at least: 6.5"): WordPress 6.5.5, the
// first release with script modules. That build has no block editor scripts (see harness.mjs),
// and the admin screens load slowly (each missing file is a WordPress 404 page): this checks the
// zip, the PHP side and the front end: the zip installed by WordPress's own plugin installer (the
// code behind Plugins → Add New → Upload), activation without notices, blocks and the shortcode
// rendered from stored content, the module loaded only where a widget is, the banner, uninstall.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, ROOT, pluginModules, startBrowser, startTag, startWordPress } from './harness.mjs';

const catalog = CATALOG();
let wp;
let browser;
let record;
let page;

describe('the plugin in WordPress 6.5 (minimum release)', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    wp = await startWordPress('minimum', { mountPlugin: false });
    ({ browser, record, newPage: page } = await startBrowser(wp.url, wp));
    page = await page();
    page.setDefaultTimeout(60_000);
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  test('WordPress 6.5: the zip installs with the plugin installer, and activates with no PHP notice', async () => {
    assert.match(wp.version, /^6\.5\./);
    copyFileSync(join(ROOT, 'dist', 'endht-widgets-wordpress.zip'), join(wp.site, 'endht-widgets-wordpress.zip'));
    const installed = await wp.php(`require_once ABSPATH . 'wp-admin/includes/admin.php'; require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
      $upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
      $result = $upgrader->install( ABSPATH . 'endht-widgets-wordpress.zip' );
      echo true === $result ? $upgrader->plugin_info() : ( is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ) );`);
    assert.equal(installed, 'endht-widgets/endht-widgets.php');
    const activated = await wp.php('$r = activate_plugin( "endht-widgets/endht-widgets.php" ); echo is_wp_error( $r ) ? $r->get_error_message() : "ok";');
    assert.equal(activated, 'ok');
    assert.equal(await wp.php('echo is_plugin_active( "endht-widgets/endht-widgets.php" ) ? "yes" : "no";'), 'yes');
    const registered = await wp.php('echo implode( ",", array_keys( array_filter( WP_Block_Type_Registry::get_instance()->get_all_registered(), function ( $b ) { return 0 === strpos( $b->name, "endht-widgets/" ); } ) ) );');
    assert.deepEqual(registered.split(',').sort(), catalog.elements.map((e) => e.block).sort());
    assert.equal(wp.readLog(), '');
  });

  test('blocks and shortcodes in a post render and upgrade; a page without one loads no module', async () => {
    const blocks = catalog.elements.map((e) => `<!-- wp:${e.block} {"theme":"dark"} /-->`).join('\n');
    const content = `${blocks}\n<!-- wp:shortcode -->\n[endht element="countdown" time_zone="Asia/Kathmandu" variant="compact"]\n<!-- /wp:shortcode -->`;
    const id = await wp.php(`echo wp_insert_post( array( 'post_title' => 'Widgets', 'post_status' => 'publish', 'post_content' => base64_decode( '${Buffer.from(content).toString('base64')}' ) ) );`);
    await page.goto(`${wp.url}/?p=${id.trim()}`, { waitUntil: 'networkidle0' });
    for (const element of catalog.elements) {
      const state = await page.$eval(element.tag, async (el, tag) => {
        await customElements.whenDefined(tag);
        await el.updateComplete;
        return { theme: el.getAttribute('theme'), rendered: !!el.shadowRoot?.querySelector('[part]') };
      }, element.tag);
      assert.deepEqual(state, { theme: 'dark', rendered: true }, element.tag);
    }
    assert.ok(await page.$('endht-countdown[time-zone="Asia/Kathmandu"][variant="compact"]'), 'the shortcode');
    assert.deepEqual(pluginModules(await page.content()), moduleCount(catalog.elements), 'each module the elements need, once');
    // The 6.5 build leaves out some of WordPress's own styles (404 here); nothing of the plugin's.
    assert.deepEqual(record.failed.filter((f) => f.includes('/plugins/endht-widgets/')), []);
    assert.deepEqual(record.errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')), []);

    // A shortcode alone (in a classic post) loads the module too.
    const classic = await wp.php(`echo wp_insert_post( array( 'post_title' => 'Classic', 'post_status' => 'publish', 'post_content' => '[endht element="donate" amount="25"]' ) );`);
    const shortcodeOnly = await (await fetch(`${wp.url}/?p=${classic.trim()}`)).text();
    assert.match(shortcodeOnly, /<endht-donate amount="25">/);
    assert.match(shortcodeOnly, /<script type="module" src="[^"]*\/plugins\/endht-widgets\/assets\/endht-widgets\.js\?ver=[^"]*" id="endht-widgets-js-module">/, 'the module on a page with a shortcode alone');
    assert.deepEqual(pluginModules(shortcodeOnly), { 'endht-widgets.js': 1 });

    // Help alone loads its own file, not the campaign's (it upgrades alone: see wordpress.test.mjs).
    const help = await wp.php(`echo wp_insert_post( array( 'post_title' => 'Help', 'post_status' => 'publish', 'post_content' => '[endht element="help" country="GB" quick-exit]' ) );`);
    const helpOnly = await (await fetch(`${wp.url}/?p=${help.trim()}`)).text();
    assert.deepEqual(startTag(helpOnly, 'endht-help'), { country: 'GB', 'quick-exit': '' });
    assert.deepEqual(pluginModules(helpOnly), { 'endht-help.js': 1 }, 'only endht-help.js');

    const sample = await wp.php('echo get_permalink( get_page_by_path( "sample-page" ) );');
    const html = await (await fetch(sample)).text();
    assert.ok(!html.includes('endht-widgets.js'), 'no module on a page without a widget');
  });

  test('the banner shows on every page when switched on', async () => {
    await wp.php(`update_option( 'endht_widgets_banner', array( 'enabled' => true, 'position' => 'bottom', 'show_from' => '01-01', 'show_until' => '12-31' ) );`);
    const html = await (await fetch(`${wp.url}/?p=1`)).text();
    const banner = startTag(html, 'endht-blue-heart', { class: 'endht-widgets-banner' });
    assert.deepEqual(banner, { class: 'endht-widgets-banner', position: 'bottom', dismissible: '', 'show-from': '01-01', 'show-until': '12-31', theme: 'light' });
    assert.deepEqual(pluginModules(html), { 'endht-widgets.js': 1 });
    assert.equal(wp.readLog(), '');
    assert.deepEqual(record.foreign, []);
  });

  test('uninstall.php removes the option', async () => {
    await wp.php('deactivate_plugins( "endht-widgets/endht-widgets.php" ); uninstall_plugin( "endht-widgets/endht-widgets.php" );');
    assert.equal(await wp.php('var_export( get_option( "endht_widgets_banner" ) );'), 'false');
    assert.equal(wp.readLog(), '');
  });
});

/** The plugin's modules a page with these elements loads, each once: `{ 'endht-widgets.js': 1, … }`. */
function moduleCount(elements) {
  return Object.fromEntries([...new Set(elements.map((e) => e.module))].sort().map((m) => [`${m}.js`, 1]));
}
