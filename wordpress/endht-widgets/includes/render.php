<?php
/**
 * Markup of one widget, shared by the blocks, the shortcode and the banner: the element's tag,
 * its attributes escaped, and fallback text in the site's language for visitors without
 * JavaScript. Enqueues the module that defines the element (only pages that show a widget load
 * it).
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers each module of the catalogue (assets/endht-widgets.js, …) under its file name.
 */
function endht_widgets_register_modules() {
	foreach ( endht_widgets_catalog()['modules'] as $id => $path ) {
		wp_register_script_module( $id, plugins_url( $path, ENDHT_WIDGETS_FILE ), array(), ENDHT_WIDGETS_VERSION );
	}
}
add_action( 'init', 'endht_widgets_register_modules', 5 );

/**
 * The element's markup.
 *
 * Values are never trusted: each is escaped with esc_attr() and checked again by the element
 * itself, which refuses what it does not accept (a `javascript:` URL, an unknown variant) with a
 * console warning and uses its default. Only the manifest's attributes are written.
 *
 * @param array       $element The catalogue's element.
 * @param array       $values  Attribute name (`time-zone`) → string, or true for a boolean attribute.
 * @param string      $wrapper Extra attributes, already escaped (get_block_wrapper_attributes()).
 * @param string|null $content Fallback markup of the site's own (already filtered), else null.
 * @return string HTML.
 */
function endht_widgets_render( array $element, array $values, $wrapper = '', $content = null ) {
	$tag = $element['tag'];
	if ( ! preg_match( '/^[a-z][a-z0-9]*-[a-z0-9-]+$/', $tag ) ) {
		return '';
	}
	$attributes = '';
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) || ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['kind'] ) {
			$attributes .= true === $value ? ' ' . $name : '';
			continue;
		}
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( '' !== $value ) {
			$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	if ( '' !== $wrapper ) {
		$attributes = ' ' . trim( $wrapper ) . $attributes;
	}

	wp_enqueue_script_module( $element['module'] );

	$inner = null !== $content && '' !== trim( $content ) ? $content : endht_widgets_fallback( $element['slug'], $values );
	return '<' . $tag . $attributes . '>' . $inner . '</' . $tag . '>';
}

/**
 * What a visitor sees before the module runs, or without JavaScript: the element's subject in the
 * page's language (from the library's translations). Phrasing content only (a shortcode can sit
 * in a paragraph). An element shows its own rendering instead once it runs; its light DOM is
 * hidden then. Two elements read their light DOM: donate takes a child link's text as its label
 * (which would replace its localized "Donate US$25"), so its fallback link is in <noscript>;
 * partners takes child links as the site's own list, so its fallback names carry no link. Help
 * reads only a child <script type="application/json"> (a site's own lines), so its links stay.
 *
 * @param string $slug   The element's short name.
 * @param array  $values Its attribute values.
 * @return string HTML, escaped.
 */
function endht_widgets_fallback( $slug, array $values ) {
	$value = static function ( $name ) use ( $values ) {
		return isset( $values[ $name ] ) && is_scalar( $values[ $name ] ) ? trim( (string) $values[ $name ] ) : '';
	};
	$text  = 'endht_widgets_text';

	switch ( $slug ) {
		case 'countdown':
			$date = $value( 'date' );
			if ( '' === $date || '07-30' === $date ) {
				$name = '' !== $value( 'label' ) ? $value( 'label' ) : $text( 'day.name' );
				return esc_html( $name ) . ' · ' . esc_html( $text( 'day.date' ) );
			}
			return esc_html( '' !== $value( 'label' ) ? $value( 'label' ) : $text( 'countdown.event' ) ) . ' · ' . esc_html( $date );

		case 'stats':
			return esc_html( '' !== $value( 'label' ) ? $value( 'label' ) : $text( 'stats.title' ) );

		case 'share':
			return esc_html( '' !== $value( 'text' ) ? $value( 'text' ) : $text( 'share.message' ) );

		case 'blue-heart':
			$href = endht_widgets_is_http_url( $value( 'href' ) ) ? $value( 'href' ) : endht_widgets_link( 'blueHeart' );
			$cta  = '' !== $value( 'cta' ) ? $value( 'cta' ) : $text( 'blue-heart.cta' );
			return '<strong>' . esc_html( $text( 'blue-heart.headline' ) ) . '</strong> '
				. esc_html( $text( 'blue-heart.text' ) ) . ' '
				. '<a href="' . esc_url( $href, array( 'http', 'https' ) ) . '">' . esc_html( $cta ) . '</a>';

		case 'donate':
			$amount   = $value( 'amount' );
			$currency = '' !== $value( 'currency' ) ? strtoupper( $value( 'currency' ) ) : 'USD';
			$href     = endht_widgets_is_http_url( $value( 'href' ) ) ? $value( 'href' ) : endht_widgets_link( 'fund' );
			$href     = str_replace( array( '{amount}', '{currency}' ), array( rawurlencode( $amount ), rawurlencode( $currency ) ), $href );
			$label    = '' !== $value( 'label' ) ? $value( 'label' ) : $text( 'donate.label' );
			$label    = str_replace( '{amount}', trim( $amount . ' ' . ( '' !== $amount ? $currency : '' ) ), $label );
			return '<noscript><a href="' . esc_url( $href, array( 'http', 'https' ) ) . '">' . esc_html( $label ) . '</a></noscript>';

		case 'partners':
			$heading = '' !== $value( 'heading' ) ? $value( 'heading' ) : $text( 'partners.heading.default' );
			return '<strong>' . esc_html( $heading ) . '</strong> ' . esc_html( $text( 'partners.names' ) );

		case 'help':
			// The advice that holds in every country (the element adds the visitor's helpline), and
			// the quick exit as a plain link. `topics="none"`: the quick exit only.
			$out = '';
			if ( 'none' !== strtolower( $value( 'topics' ) ) ) {
				$out = '<strong>' . esc_html( $text( 'help.report.title' ) ) . '</strong> '
					. esc_html( $text( 'help.report.emergency' ) ) . ' '
					. '<a href="' . esc_url( endht_widgets_link( 'reporting' ), array( 'http', 'https' ) ) . '">' . esc_html( $text( 'help.advice.iom' ) ) . '</a>';
			}
			if ( isset( $values['quick-exit'] ) && true === $values['quick-exit'] ) {
				$exit = endht_widgets_is_http_url( $value( 'exit-url' ) ) ? $value( 'exit-url' ) : endht_widgets_default( 'help', 'exit-url' );
				$out .= ( '' !== $out ? ' ' : '' ) . '<a href="' . esc_url( $exit, array( 'http', 'https' ) ) . '" rel="nofollow noreferrer">' . esc_html( $text( 'help.exit.label' ) ) . '</a>';
			}
			return $out;

		default:
			return esc_html( $text( 'day.name' ) );
	}
}
