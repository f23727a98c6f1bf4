<?php
/**
 * The catalogue of widgets: build/widgets.json, written by `npm run build:wordpress` from the
 * library's custom-elements.json (elements, attributes, the kind of each attribute) and its
 * translations (the fallback text shown without JavaScript). Nothing here names an element.
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The decoded build/widgets.json (read once per request).
 *
 * @return array{version: string, modules: array<string, string>, languages: string[], links: array<string, string>, text: array<string, array<string, string>>, elements: array<int, array>}
 */
function endht_widgets_catalog() {
	static $catalog = null;
	if ( null === $catalog ) {
		$file    = ENDHT_WIDGETS_DIR . '/build/widgets.json';
		$decoded = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$catalog = is_array( $decoded ) ? $decoded : array(
			'version'   => ENDHT_WIDGETS_VERSION,
			'modules'   => array(),
			'languages' => array( 'en' ),
			'links'     => array(),
			'text'      => array( 'en' => array() ),
			'elements'  => array(),
		);
	}
	return $catalog;
}

/**
 * One element of the catalogue, by its short name (`countdown`), its tag (`endht-countdown`)
 * or its block name (`endht-widgets/countdown`).
 *
 * @param string $name Short name, tag or block name.
 * @return array|null The element, or null if there is none of that name.
 */
function endht_widgets_element( $name ) {
	// wptexturize() may have curled the quotes of a shortcode attribute (it does when the
	// shortcode holds HTML): `element="share"` can arrive as `&#8221;share&#8221;`.
	$name = strtolower( trim( html_entity_decode( (string) $name, ENT_QUOTES, 'UTF-8' ), " \t\n\r\0\x0B\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2033}" ) );
	foreach ( endht_widgets_catalog()['elements'] as $element ) {
		if ( $name === $element['slug'] || $name === $element['tag'] || $name === $element['block'] ) {
			return $element;
		}
	}
	return null;
}

/**
 * The widgets' language for this page: the one the elements will pick from `<html lang>`.
 *
 * WordPress prints `<html lang>` from get_bloginfo( 'language' ) (the site language, `fr-FR`).
 * The elements match its primary subtag (`fr-CA` → `fr`; every `zh-*`, Taiwan and Hong Kong
 * included, → `zh-Hans`, the written Chinese of the UN) and use English for any other language.
 *
 * @param string|null $tag A language tag; the page's own when null.
 * @return string One of the catalogue's languages (`en`, `fr`, `es`, `ar`, `zh-Hans`, `ru`).
 */
function endht_widgets_language( $tag = null ) {
	$tag       = null === $tag ? get_bloginfo( 'language' ) : $tag;
	$primary   = strtolower( (string) strtok( str_replace( '_', '-', (string) $tag ), '-' ) );
	$languages = endht_widgets_catalog()['languages'];
	foreach ( $languages as $language ) {
		if ( strtolower( (string) strtok( $language, '-' ) ) === $primary ) {
			return $language;
		}
	}
	return 'en';
}

/**
 * A fallback message in the page's language (English when it has no translation).
 *
 * @param string      $id       Message id, as in the library's locales/*.xlf (`day.name`).
 * @param string|null $language Language; the page's when null.
 * @return string The message, plain text (escape it on output).
 */
function endht_widgets_text( $id, $language = null ) {
	$text     = endht_widgets_catalog()['text'];
	$language = null === $language ? endht_widgets_language() : $language;
	if ( isset( $text[ $language ][ $id ] ) ) {
		return $text[ $language ][ $id ];
	}
	return isset( $text['en'][ $id ] ) ? $text['en'][ $id ] : '';
}

/**
 * A link of the library's own (`blueHeart`, `fund`).
 *
 * @param string $name Link name.
 * @return string URL.
 */
function endht_widgets_link( $name ) {
	$links = endht_widgets_catalog()['links'];
	return isset( $links[ $name ] ) ? $links[ $name ] : '';
}

/**
 * An attribute's default, as the manifest gives it (`exit-url` of `help`).
 *
 * @param string $element   The element's short name.
 * @param string $attribute The attribute's name.
 * @return string The default, or '' when it has none.
 */
function endht_widgets_default( $element, $attribute ) {
	$found = endht_widgets_element( $element );
	foreach ( $found ? $found['attributes'] : array() as $candidate ) {
		if ( $attribute === $candidate['name'] ) {
			return isset( $candidate['default'] ) ? (string) $candidate['default'] : '';
		}
	}
	return '';
}

/**
 * Whether a URL is one the elements accept: http or https, or relative to the page.
 *
 * @param string $url URL.
 * @return bool
 */
function endht_widgets_is_http_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url || preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return false;
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $m ) ) {
		return in_array( strtolower( $m[1] ), array( 'http', 'https' ), true );
	}
	return true; // Relative (path, query or //host: the page's own scheme, which is http or https).
}
