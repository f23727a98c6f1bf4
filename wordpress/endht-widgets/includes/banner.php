<?php
/**
 * The site-wide Blue Heart banner (Settings → World Day widgets): a sticky bar at the top or the
 * bottom of every front-end page, or a card after the content of posts and pages, inside a date
 * window (1–31 July every year by default).
 *
 * The element decides in the visitor's own time zone whether the banner is due; the server only
 * leaves it out of pages more than a day away from the window (in the site's time zone), so
 * visitors without JavaScript do not see its fallback text all year.
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The banner's settings with their defaults.
 *
 * @return array{enabled: bool, position: string, show_from: string, show_until: string, dismissible: bool, message: string, link: string, theme: string}
 */
function endht_widgets_banner_defaults() {
	return array(
		'enabled'     => false,
		'position'    => 'top',
		'show_from'   => '07-01',
		'show_until'  => '07-31',
		'dismissible' => true,
		'message'     => '',
		'link'        => '',
		'theme'       => 'light',
	);
}

/**
 * The saved settings, completed with the defaults.
 *
 * @return array
 */
function endht_widgets_banner_options() {
	$saved = get_option( 'endht_widgets_banner', array() );
	$saved = is_array( $saved ) ? array_intersect_key( $saved, endht_widgets_banner_defaults() ) : array();
	return array_merge( endht_widgets_banner_defaults(), $saved );
}

/**
 * A date of the window: `YYYY-MM-DD` (once) or `MM-DD` (every year), as the element reads it.
 *
 * @param string $value Date.
 * @return int[]|null [year (0 = every year), month, day], or null if it is not a date.
 */
function endht_widgets_parse_day( $value ) {
	if ( ! preg_match( '/^(?:(\d{4})-)?(\d{2})-(\d{2})$/', (string) $value, $m ) ) {
		return null;
	}
	$year  = (int) $m[1];
	$month = (int) $m[2];
	$day   = (int) $m[3];
	return checkdate( $month, $day, $year ? $year : 2000 ) ? array( $year, $month, $day ) : null;
}

/**
 * Whether a day falls in [from, until], both ends included; a bound without a year repeats every
 * year, and two such bounds with from after until wrap across New Year (the element's rule).
 *
 * @param int[]      $today [year, month, day].
 * @param int[]|null $from  Start, or null.
 * @param int[]|null $until End, or null.
 * @return bool
 */
function endht_widgets_in_window( array $today, $from, $until ) {
	$ordinal = static function ( array $d ) {
		return $d[0] * 10000 + $d[1] * 100 + $d[2];
	};
	$since   = static function ( array $d ) use ( $today, $ordinal ) {
		return ( $d[0] ? $today[0] * 10000 : 0 ) + $today[1] * 100 + $today[2] - $ordinal( $d );
	};
	$started = ! $from || $since( $from ) >= 0;
	$ongoing = ! $until || $since( $until ) <= 0;
	if ( $from && $until && ! $from[0] && ! $until[0] && $ordinal( $from ) > $ordinal( $until ) ) {
		return $started || $ongoing;
	}
	return $started && $ongoing;
}

/**
 * Whether this request shows the banner: on, on the front end, and within a day of its window.
 *
 * @return bool
 */
function endht_widgets_banner_due() {
	$options = endht_widgets_banner_options();
	if ( ! $options['enabled'] || is_admin() || is_feed() || is_embed() || wp_is_json_request() || ! endht_widgets_element( 'blue-heart' ) ) {
		return false;
	}
	$from  = endht_widgets_parse_day( $options['show_from'] );
	$until = endht_widgets_parse_day( $options['show_until'] );
	$now   = new DateTimeImmutable( 'now', wp_timezone() );
	foreach ( array( '-1 day', 'today', '+1 day' ) as $shift ) {
		$day = $now->modify( $shift );
		if ( endht_widgets_in_window( array( (int) $day->format( 'Y' ), (int) $day->format( 'n' ), (int) $day->format( 'j' ) ), $from, $until ) ) {
			return true;
		}
	}
	return false;
}

/**
 * The banner's markup.
 *
 * @return string HTML.
 */
function endht_widgets_banner_markup() {
	$options = endht_widgets_banner_options();
	$values  = array(
		'show-from'  => $options['show_from'],
		'show-until' => $options['show_until'],
		'theme'      => $options['theme'],
		'cta'        => $options['message'],
		'href'       => $options['link'],
	);
	if ( 'inline' === $options['position'] ) {
		$values['variant'] = 'card';
	} else {
		$values['position'] = $options['position'];
	}
	if ( $options['dismissible'] ) {
		$values['dismissible'] = true;
	}
	return endht_widgets_render( endht_widgets_element( 'blue-heart' ), $values, 'class="endht-widgets-banner"' );
}

/**
 * Loads the module on every page that shows the banner (in the head of block themes, which
 * print script modules there, or the footer of classic themes).
 */
function endht_widgets_banner_enqueue() {
	if ( ! endht_widgets_banner_due() ) {
		return;
	}
	wp_enqueue_script_module( endht_widgets_element( 'blue-heart' )['module'] );
	if ( 'top' === endht_widgets_banner_options()['position'] && is_admin_bar_showing() ) {
		// A top bar sticks under the admin bar, not behind it.
		wp_register_style( 'endht-widgets-banner', false, array(), ENDHT_WIDGETS_VERSION );
		wp_enqueue_style( 'endht-widgets-banner' );
		wp_add_inline_style( 'endht-widgets-banner', 'endht-blue-heart.endht-widgets-banner[position="top"]{top:var(--wp-admin--admin-bar--height,32px)}' );
	}
}
add_action( 'wp_enqueue_scripts', 'endht_widgets_banner_enqueue' );

/**
 * A top bar: first in <body>.
 */
function endht_widgets_banner_top() {
	if ( 'top' === endht_widgets_banner_options()['position'] && endht_widgets_banner_due() ) {
		echo endht_widgets_banner_markup(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in endht_widgets_render().
	}
}
add_action( 'wp_body_open', 'endht_widgets_banner_top' );

/**
 * A bottom bar: last in <body>.
 */
function endht_widgets_banner_bottom() {
	if ( 'bottom' === endht_widgets_banner_options()['position'] && endht_widgets_banner_due() ) {
		echo endht_widgets_banner_markup(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in endht_widgets_render().
	}
}
add_action( 'wp_footer', 'endht_widgets_banner_bottom', 5 );

/**
 * Inline: a card after the content of the post or page being viewed (once per page).
 *
 * @param string $content Post content.
 * @return string
 */
function endht_widgets_banner_inline( $content ) {
	static $done = false;
	if ( $done || 'inline' !== endht_widgets_banner_options()['position'] || ! is_singular() || ! is_main_query() || get_the_ID() !== get_queried_object_id() || ! endht_widgets_banner_due() ) {
		return $content;
	}
	$done = true;
	return $content . endht_widgets_banner_markup();
}
add_filter( 'the_content', 'endht_widgets_banner_inline', 20 );
