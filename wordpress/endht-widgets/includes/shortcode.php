<?php
/**
 * The [endht] shortcode, for the classic editor and page builders:
 *
 *     [endht element="countdown" time-zone="Asia/Kathmandu" variant="compact"]
 *     [endht element="blue-heart" dismissible show-from="07-01" show-until="07-31"]
 *     [endht element="partners"]<ul><li><a href="https://example.org/">Our partner</a></li></ul>[/endht]
 *
 * Attributes are the element's own, from the manifest. WordPress's parser lower-cases attribute
 * names and keeps hyphens, so `time-zone` and `time_zone` (shortcode_atts style) both work, in
 * any case. A boolean is on when named alone (`dismissible`) or given as true/1/yes/on. Anything
 * else is dropped; a user who can edit posts sees why in an HTML comment, visitors never do.
 * Enclosed content replaces the fallback text (filtered with wp_kses_post()).
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders [endht].
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Enclosed content.
 * @return string HTML.
 */
function endht_widgets_shortcode( $atts, $content = null ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$name    = isset( $atts['element'] ) ? (string) $atts['element'] : '';
	$element = endht_widgets_element( $name );
	unset( $atts['element'] );

	if ( ! $element ) {
		return endht_widgets_admin_comment(
			/* translators: 1: the element="…" value, 2: the list of known elements. */
			sprintf( __( '[endht] unknown element "%1$s"; known: %2$s', 'endht-widgets' ), $name, implode( ', ', wp_list_pluck( endht_widgets_catalog()['elements'], 'slug' ) ) )
		);
	}

	// The manifest's attributes by their shortcode_atts-style key: `time-zone` → `time_zone`.
	$known = array();
	foreach ( $element['attributes'] as $attribute ) {
		$known[ str_replace( '-', '_', $attribute['name'] ) ] = $attribute;
	}

	$values  = array();
	$dropped = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A word without a value: a boolean attribute named alone.
			$key   = (string) $value;
			$value = true;
		}
		$key = str_replace( '-', '_', strtolower( (string) $key ) );
		if ( ! isset( $known[ $key ] ) ) {
			$dropped[] = $key;
			continue;
		}
		$attribute = $known[ $key ];
		if ( 'boolean' === $attribute['kind'] ) {
			$on = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', 'true', '1', 'yes', 'on', $attribute['name'] ), true );
			if ( $on ) {
				$values[ $attribute['name'] ] = true;
			}
			continue;
		}
		$values[ $attribute['name'] ] = (string) $value;
	}

	$inner = null;
	if ( null !== $content && '' !== trim( $content ) ) {
		$inner = wp_kses_post( do_shortcode( shortcode_unautop( $content ) ) );
	}

	$comment = '';
	if ( $dropped ) {
		$comment = endht_widgets_admin_comment(
			/* translators: 1: the element's tag, 2: the attributes that were left out. */
			sprintf( __( '[endht] %1$s has no attribute(s) %2$s: left out', 'endht-widgets' ), $element['tag'], implode( ', ', $dropped ) )
		);
	}
	return endht_widgets_render( $element, $values, '', $inner ) . $comment;
}
add_shortcode( 'endht', 'endht_widgets_shortcode' );

/**
 * An HTML comment for those who can fix the shortcode (users who can edit posts); nothing for
 * visitors. The text is reduced to characters that cannot end the comment.
 *
 * @param string $message Message.
 * @return string HTML comment, or ''.
 */
function endht_widgets_admin_comment( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$safe = preg_replace( '/[^\p{L}\p{N} _.,:;\/"\[\]=()@#+&\'*-]/u', '', wp_strip_all_tags( $message ) );
	$safe = str_replace( '--', '- -', (string) $safe );
	return '<!-- ' . substr( $safe, 0, 500 ) . ' -->';
}
