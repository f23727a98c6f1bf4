<?php
/**
 * One block per element of the catalogue (build/blocks/<slug>/block.json, generated from the
 * manifest), in an "endht widgets" category, rendered on the server; the editor script
 * (editor/editor.js, no build step) gives each a live preview and an inspector panel.
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The URLs of the catalogue's modules, by id.
 *
 * @return array<string, string>
 */
function endht_widgets_module_urls() {
	$urls = array();
	foreach ( endht_widgets_catalog()['modules'] as $id => $path ) {
		$urls[ $id ] = add_query_arg( 'ver', ENDHT_WIDGETS_VERSION, plugins_url( $path, ENDHT_WIDGETS_FILE ) );
	}
	return $urls;
}

/**
 * Adds the "endht widgets" block category.
 *
 * @param array $categories Block categories.
 * @return array
 */
function endht_widgets_block_category( $categories ) {
	$categories[] = array(
		'slug'  => 'endht-widgets',
		'title' => __( 'endht widgets', 'endht-widgets' ),
		'icon'  => null,
	);
	return $categories;
}
add_filter( 'block_categories_all', 'endht_widgets_block_category' );

/**
 * Registers the editor script and one block per element.
 */
function endht_widgets_register_blocks() {
	wp_register_script(
		'endht-widgets-editor',
		plugins_url( 'editor/editor.js', ENDHT_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		ENDHT_WIDGETS_VERSION,
		true
	);
	$catalog = endht_widgets_catalog();
	wp_add_inline_script(
		'endht-widgets-editor',
		'window.endhtWidgetsEditor = ' . wp_json_encode(
			array(
				'elements' => $catalog['elements'],
				'modules'  => endht_widgets_module_urls(),
				'siteUrl'  => home_url( '/' ),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'endht-widgets-editor', 'endht-widgets', ENDHT_WIDGETS_DIR . '/languages' );

	foreach ( glob( ENDHT_WIDGETS_DIR . '/build/blocks/*/block.json' ) as $file ) {
		register_block_type( dirname( $file ), array( 'render_callback' => 'endht_widgets_render_block' ) );
	}
}
add_action( 'init', 'endht_widgets_register_blocks' );

/**
 * Server rendering of a block: the element with the block's attributes.
 *
 * @param array    $attributes Block attributes (by the element's property names: `timeZone`).
 * @param string   $content    Inner content (none).
 * @param WP_Block $block      The block.
 * @return string HTML.
 */
function endht_widgets_render_block( $attributes, $content, $block ) {
	$element = endht_widgets_element( $block->name );
	if ( ! $element ) {
		return '';
	}
	$values = array();
	foreach ( $element['attributes'] as $attribute ) {
		if ( isset( $attributes[ $attribute['field'] ] ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['field'] ];
		}
	}
	return endht_widgets_render( $element, $values, get_block_wrapper_attributes() );
}

/**
 * In the editor, the module is imported into the editor canvas (an iframe in WordPress 6.3+),
 * where the blocks' previews are: a classic script enqueued for the canvas that imports the
 * module, which works in WordPress 6.5 (script modules are not printed into the canvas there).
 */
function endht_widgets_editor_canvas() {
	if ( ! is_admin() ) {
		return;
	}
	wp_enqueue_script( 'endht-widgets-canvas', plugins_url( 'editor/canvas.js', ENDHT_WIDGETS_FILE ), array(), ENDHT_WIDGETS_VERSION, false );
	wp_add_inline_script( 'endht-widgets-canvas', 'window.endhtWidgetsModules = ' . wp_json_encode( array_values( endht_widgets_module_urls() ) ) . ';', 'before' );
}
add_action( 'enqueue_block_assets', 'endht_widgets_editor_canvas' );
