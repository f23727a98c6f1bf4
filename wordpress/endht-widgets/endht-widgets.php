<?php
/**
 * Plugin Name:       endht widgets
 * Description:       Blocks, a shortcode and a site-wide Blue Heart banner for the UN World Day against Trafficking in Persons (30 July): countdown, key figures, share bar, Blue Heart banner, donate button, partner strip, and help (signs, safety online, a helpline for the visitor's country, a quick exit), in the six UN languages. No tracking; nothing is loaded from another server.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            endht-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       endht-widgets
 * Domain Path:       /languages
 *
 * The MIT licence is GPL-compatible. The bundled modules (assets/endht-widgets.js, and
 * assets/endht-help.js for the Help block) also carry Lit and @lit/localize (BSD-3-Clause): see
 * assets/endht-widgets.LICENSES.txt.
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'ENDHT_WIDGETS_VERSION', '0.1.0' );
define( 'ENDHT_WIDGETS_FILE', __FILE__ );
define( 'ENDHT_WIDGETS_DIR', __DIR__ );

require_once ENDHT_WIDGETS_DIR . '/includes/catalog.php';
require_once ENDHT_WIDGETS_DIR . '/includes/render.php';
require_once ENDHT_WIDGETS_DIR . '/includes/blocks.php';
require_once ENDHT_WIDGETS_DIR . '/includes/shortcode.php';
require_once ENDHT_WIDGETS_DIR . '/includes/banner.php';

if ( is_admin() ) {
	require_once ENDHT_WIDGETS_DIR . '/includes/settings.php';
}
