<?php
/**
 * Settings → World Day widgets: the site-wide Blue Heart banner. Settings API (the nonce and the
 * manage_options check are WordPress's), one option, `endht_widgets_banner`, sanitized on save.
 *
 * @package EndhtWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option, its sanitizer and the page's fields.
 */
function endht_widgets_settings_init() {
	register_setting(
		'endht_widgets',
		'endht_widgets_banner',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'endht_widgets_sanitize_banner',
			'default'           => endht_widgets_banner_defaults(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'endht_widgets_banner',
		__( 'Blue Heart banner', 'endht-widgets' ),
		'endht_widgets_settings_intro',
		'endht-widgets'
	);

	$fields = array(
		'enabled'     => __( 'Banner', 'endht-widgets' ),
		'position'    => __( 'Position', 'endht-widgets' ),
		'window'      => __( 'Dates', 'endht-widgets' ),
		'dismissible' => __( 'Closing', 'endht-widgets' ),
		'message'     => __( 'Message', 'endht-widgets' ),
		'link'        => __( 'Link', 'endht-widgets' ),
		'theme'       => __( 'Colours', 'endht-widgets' ),
	);
	foreach ( $fields as $id => $label ) {
		$args = in_array( $id, array( 'message', 'link', 'theme' ), true ) ? array( 'label_for' => 'endht-widgets-' . $id ) : array();
		add_settings_field( 'endht_widgets_' . $id, $label, 'endht_widgets_field_' . $id, 'endht-widgets', 'endht_widgets_banner', $args );
	}
}
add_action( 'admin_init', 'endht_widgets_settings_init' );

/**
 * Adds the page under Settings.
 */
function endht_widgets_settings_menu() {
	add_options_page(
		__( 'World Day widgets', 'endht-widgets' ),
		__( 'World Day widgets', 'endht-widgets' ),
		'manage_options',
		'endht-widgets',
		'endht_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'endht_widgets_settings_menu' );

/**
 * A "Settings" link in the plugin's row on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function endht_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=endht-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'endht-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( ENDHT_WIDGETS_FILE ), 'endht_widgets_action_links' );

/**
 * The page.
 */
function endht_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php endht_widgets_language_notice(); ?>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'endht_widgets' );
			do_settings_sections( 'endht-widgets' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * Which language the widgets will speak on this site, when that may surprise.
 */
function endht_widgets_language_notice() {
	$locale   = get_locale();
	$language = endht_widgets_language( $locale );
	$message  = '';
	if ( preg_match( '/^zh_(TW|HK|MO)/', $locale ) ) {
		/* translators: %s: the site language, e.g. zh_TW. */
		$message = sprintf( __( 'The site language is %s: the widgets are shown in Simplified Chinese, the written Chinese of the United Nations. They have no Traditional Chinese translation.', 'endht-widgets' ), $locale );
	} elseif ( 'en' === $language && 0 !== strpos( $locale, 'en' ) ) {
		/* translators: %s: the site language, e.g. de_DE. */
		$message = sprintf( __( 'The site language is %s, which is not one of the six UN languages of the widgets (English, French, Spanish, Arabic, Chinese, Russian): they are shown in English.', 'endht-widgets' ), $locale );
	}
	if ( '' !== $message ) {
		echo '<div class="notice notice-info inline"><p>' . esc_html( $message ) . '</p></div>';
	}
}

/**
 * The section's introduction.
 */
function endht_widgets_settings_intro() {
	echo '<p>' . esc_html__( 'A banner for UNODC\'s Blue Heart Campaign against Human Trafficking on every page of the site, in the site\'s language. Visitors see it only on the dates below, counted in their own time zone.', 'endht-widgets' ) . '</p>';
}

/**
 * The option's input name for a key.
 *
 * @param string $key Setting key.
 * @return string
 */
function endht_widgets_field_name( $key ) {
	return 'endht_widgets_banner[' . $key . ']';
}

/** Field: on/off. */
function endht_widgets_field_enabled() {
	$options = endht_widgets_banner_options();
	printf(
		'<label><input type="checkbox" id="endht-widgets-enabled" name="%s" value="1" %s> %s</label>',
		esc_attr( endht_widgets_field_name( 'enabled' ) ),
		checked( $options['enabled'], true, false ),
		esc_html__( 'Show the Blue Heart banner on every page of the site', 'endht-widgets' )
	);
}

/** Field: position. */
function endht_widgets_field_position() {
	$options = endht_widgets_banner_options();
	$choices = array(
		'top'    => __( 'Top bar: a bar at the top of every page that stays in view while scrolling', 'endht-widgets' ),
		'bottom' => __( 'Bottom bar: a bar at the bottom of every page that stays in view while scrolling', 'endht-widgets' ),
		'inline' => __( 'After the content: a card at the end of each post and page', 'endht-widgets' ),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Position', 'endht-widgets' ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="%s" value="%s" %s> %s</label><br>',
			esc_attr( endht_widgets_field_name( 'position' ) ),
			esc_attr( $value ),
			checked( $options['position'], $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

/**
 * A stored date for a date input: `MM-DD` is shown in this year.
 *
 * @param string $value Stored date.
 * @return string `YYYY-MM-DD` or ''.
 */
function endht_widgets_date_input_value( $value ) {
	$day = endht_widgets_parse_day( $value );
	if ( ! $day ) {
		return '';
	}
	return sprintf( '%04d-%02d-%02d', $day[0] ? $day[0] : (int) wp_date( 'Y' ), $day[1], $day[2] );
}

/** Field: the date window. */
function endht_widgets_field_window() {
	$options = endht_widgets_banner_options();
	$yearly  = true;
	foreach ( array( $options['show_from'], $options['show_until'] ) as $bound ) {
		$day    = endht_widgets_parse_day( $bound );
		$yearly = $yearly && ! ( $day && $day[0] );
	}
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Dates', 'endht-widgets' ) . '</legend>';
	printf(
		'<label for="endht-widgets-from">%s</label> <input type="date" id="endht-widgets-from" name="%s" value="%s"> ',
		esc_html__( 'From', 'endht-widgets' ),
		esc_attr( endht_widgets_field_name( 'show_from' ) ),
		esc_attr( endht_widgets_date_input_value( $options['show_from'] ) )
	);
	printf(
		'<label for="endht-widgets-until">%s</label> <input type="date" id="endht-widgets-until" name="%s" value="%s"><br>',
		esc_html__( 'until', 'endht-widgets' ),
		esc_attr( endht_widgets_field_name( 'show_until' ) ),
		esc_attr( endht_widgets_date_input_value( $options['show_until'] ) )
	);
	printf(
		'<label><input type="checkbox" id="endht-widgets-every-year" name="%s" value="1" %s> %s</label>',
		esc_attr( endht_widgets_field_name( 'every_year' ) ),
		checked( $yearly, true, false ),
		esc_html__( 'Every year (only the day and month count)', 'endht-widgets' )
	);
	echo '<p class="description">' . esc_html__( 'Both days included. Leave a date empty for no limit on that side.', 'endht-widgets' ) . '</p></fieldset>';
}

/** Field: dismissible. */
function endht_widgets_field_dismissible() {
	$options = endht_widgets_banner_options();
	printf(
		'<label><input type="checkbox" id="endht-widgets-dismissible" name="%s" value="1" %s> %s</label><p class="description">%s</p>',
		esc_attr( endht_widgets_field_name( 'dismissible' ) ),
		checked( $options['dismissible'], true, false ),
		esc_html__( 'Visitors can close the banner, and it stays closed for 30 days in their browser', 'endht-widgets' ),
		esc_html__( 'A top or bottom bar always has a close button; without this option it closes for the page being viewed only.', 'endht-widgets' )
	);
}

/** Field: message. */
function endht_widgets_field_message() {
	$options = endht_widgets_banner_options();
	printf(
		'<input type="text" class="regular-text" id="endht-widgets-message" name="%s" value="%s" maxlength="200"><p class="description">%s</p>',
		esc_attr( endht_widgets_field_name( 'message' ) ),
		esc_attr( $options['message'] ),
		esc_html__( 'The text of the banner\'s link, e.g. "Join our Blue Heart walk on 30 July". Empty: "Learn more", in the visitor\'s language. The banner\'s headline and line about the campaign stay the campaign\'s own.', 'endht-widgets' )
	);
}

/** Field: link. */
function endht_widgets_field_link() {
	$options = endht_widgets_banner_options();
	printf(
		'<input type="text" inputmode="url" class="regular-text code" id="endht-widgets-link" name="%s" value="%s" placeholder="%s"><p class="description">%s</p>',
		esc_attr( endht_widgets_field_name( 'link' ) ),
		esc_attr( $options['link'] ),
		esc_attr( endht_widgets_link( 'blueHeart' ) ),
		esc_html__( 'Where the link goes (http:// or https://, or a page of this site such as /blue-heart). Empty: UNODC\'s Blue Heart Campaign page.', 'endht-widgets' )
	);
}

/** Field: theme. */
function endht_widgets_field_theme() {
	$options = endht_widgets_banner_options();
	echo '<select id="endht-widgets-theme" name="' . esc_attr( endht_widgets_field_name( 'theme' ) ) . '">';
	foreach ( array(
		'light' => __( 'Light', 'endht-widgets' ),
		'dark'  => __( 'Dark', 'endht-widgets' ),
	) as $value => $label ) {
		printf( '<option value="%s" %s>%s</option>', esc_attr( $value ), selected( $options['theme'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * Sanitizes the submitted settings. Idempotent (WordPress may run it twice on the first save).
 *
 * @param mixed $input Submitted values.
 * @return array Clean settings.
 */
function endht_widgets_sanitize_banner( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$old   = endht_widgets_banner_options();
	$out   = endht_widgets_banner_defaults();

	$out['enabled']     = ! empty( $input['enabled'] );
	$out['dismissible'] = ! empty( $input['dismissible'] );
	$out['position']    = isset( $input['position'] ) && in_array( $input['position'], array( 'top', 'bottom', 'inline' ), true ) ? $input['position'] : 'top';
	$out['theme']       = isset( $input['theme'] ) && in_array( $input['theme'], array( 'light', 'dark' ), true ) ? $input['theme'] : 'light';

	$every = ! empty( $input['every_year'] );
	$days  = array();
	foreach ( array( 'show_from', 'show_until' ) as $key ) {
		$raw = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		if ( '' === $raw ) {
			$out[ $key ] = '';
			continue;
		}
		$day = endht_widgets_parse_day( $raw );
		if ( ! $day ) {
			add_settings_error( 'endht_widgets_banner', 'endht-widgets-date', __( 'A date was not valid and was not changed.', 'endht-widgets' ) );
			$out[ $key ] = $old[ $key ];
			continue;
		}
		$out[ $key ]  = ( $every || ! $day[0] ) ? sprintf( '%02d-%02d', $day[1], $day[2] ) : sprintf( '%04d-%02d-%02d', $day[0], $day[1], $day[2] );
		$days[ $key ] = endht_widgets_parse_day( $out[ $key ] );
	}
	if ( isset( $days['show_from'], $days['show_until'] ) && $days['show_from'][0] && $days['show_until'][0] && $days['show_until'] < $days['show_from'] ) {
		add_settings_error( 'endht_widgets_banner', 'endht-widgets-window', __( 'The last day is before the first: the dates were not changed.', 'endht-widgets' ) );
		$out['show_from']  = $old['show_from'];
		$out['show_until'] = $old['show_until'];
	}

	$message        = isset( $input['message'] ) && is_string( $input['message'] ) ? sanitize_text_field( $input['message'] ) : '';
	$out['message'] = function_exists( 'mb_substr' ) ? mb_substr( $message, 0, 200 ) : substr( $message, 0, 200 );

	$link = isset( $input['link'] ) && is_string( $input['link'] ) ? trim( $input['link'] ) : '';
	if ( '' !== $link ) {
		$clean = endht_widgets_is_http_url( $link ) ? esc_url_raw( $link, array( 'http', 'https' ) ) : '';
		if ( '' === $clean ) {
			add_settings_error( 'endht_widgets_banner', 'endht-widgets-link', __( 'The link must be an http:// or https:// address (or a page of this site): it was removed.', 'endht-widgets' ) );
		}
		$link = $clean;
	}
	$out['link'] = $link;

	return $out;
}
