<?php
/**
 * Removes the plugin's options when it is deleted from Plugins → Installed Plugins.
 *
 * The blocks and shortcodes in posts are content and stay: without the plugin, a block is shown
 * by the editor as unsupported and a shortcode as its text.
 *
 * @package EndhtWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$endht_widgets_options = array( 'endht_widgets_banner' );

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $endht_widgets_site ) {
		switch_to_blog( $endht_widgets_site );
		foreach ( $endht_widgets_options as $endht_widgets_option ) {
			delete_option( $endht_widgets_option );
		}
		restore_current_blog();
	}
} else {
	foreach ( $endht_widgets_options as $endht_widgets_option ) {
		delete_option( $endht_widgets_option );
	}
}
