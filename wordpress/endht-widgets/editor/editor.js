/**
 * endht widgets: the blocks in the editor. A plain script on WordPress's `wp.*` globals, with no
 * build step: the blocks, their attributes and the kind of each control come from
 * window.endhtWidgetsEditor, which the plugin prints from build/widgets.json (generated from the
 * library's custom-elements.json). Nothing here names an element or an attribute.
 *
 * Each block's preview is the element itself (the module is loaded into the editor canvas by
 * editor/canvas.js); the inspector has one control per attribute:
 *   enum → SelectControl, boolean → ToggleControl, number → a number field,
 *   date → a date field with an "Every year" toggle (MM-DD, else YYYY-MM-DD),
 *   url → a URL field checked as the elements check it (http and https only), text → a text field.
 */
( function ( wp, data ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! data ) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var useState = wp.element.useState;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var be = wp.blockEditor;
	var c = wp.components;

	/** `time-zone` → "Time zone". */
	function labelOf( name ) {
		var words = name.replace( /-/g, ' ' );
		return words.charAt( 0 ).toUpperCase() + words.slice( 1 );
	}

	/** The manifest's description as help text (without Markdown backticks). */
	function helpOf( attr ) {
		return ( attr.description || '' ).replace( /`/g, '' );
	}

	/** Whether a URL is one the elements accept: http or https, relative ones against the site. */
	function isHttpUrl( raw ) {
		var v = ( raw || '' ).trim();
		if ( ! v ) {
			return true;
		}
		try {
			var u = new URL( v, data.siteUrl );
			return u.protocol === 'http:' || u.protocol === 'https:';
		} catch ( e ) {
			return false;
		}
	}

	var thisYear = String( new Date().getFullYear() );
	// A group of controls keeps the space the inspector gives a single one.
	var GROUP = { marginBottom: '16px' };

	/** A date: a date field, and "Every year" (MM-DD) where the attribute allows it. */
	function DateControl( props ) {
		var attr = props.attr;
		var value = props.value || '';
		var yearlyValue = /^\d{2}-\d{2}$/.test( value );
		var pending = useState( !! attr.yearly );
		// The last full date picked: "Every year" off gives back its year.
		var picked = useState( '' );
		var yearly = value ? yearlyValue : attr.yearly && pending[ 0 ];
		var year = picked[ 0 ] && picked[ 0 ].slice( 5 ) === value ? picked[ 0 ].slice( 0, 4 ) : thisYear;
		var shown = value ? ( yearlyValue ? year + '-' + value : value ) : '';
		function write( full, every ) {
			if ( ! full ) {
				props.onChange( undefined );
				return;
			}
			props.onChange( every ? full.slice( 5 ) : full );
		}
		return el(
			'div',
			{ className: 'endht-widgets-date', style: GROUP },
			el( c.TextControl, {
				__nextHasNoMarginBottom: true,
				type: 'date',
				label: labelOf( attr.name ),
				help: helpOf( attr ),
				value: shown,
				onChange: function ( v ) {
					picked[ 1 ]( v );
					write( v, yearly );
				},
			} ),
			attr.yearly
				? el( c.ToggleControl, {
						__nextHasNoMarginBottom: true,
						label: __( 'Every year', 'endht-widgets' ),
						help: yearly
							? __( 'Only the day and month count (MM-DD).', 'endht-widgets' )
							: __( 'This date only (YYYY-MM-DD).', 'endht-widgets' ),
						checked: !! yearly,
						onChange: function ( on ) {
							pending[ 1 ]( on );
							write( shown, on );
						},
				  } )
				: null,
			value
				? el(
						c.Button,
						{
							variant: 'link',
							isDestructive: true,
							onClick: function () {
								write( '' );
							},
						},
						sprintf(
							/* translators: %s: the attribute's name, e.g. show-from. */
							__( 'Clear %s', 'endht-widgets' ),
							attr.name
						)
				  )
				: null
		);
	}

	/** One inspector control for one attribute. */
	function control( attr, value, set ) {
		var common = {
			key: attr.name,
			__nextHasNoMarginBottom: true,
			label: labelOf( attr.name ),
			help: helpOf( attr ),
		};
		switch ( attr.kind ) {
			case 'enum':
				return el(
					c.SelectControl,
					Object.assign( {}, common, {
						value: value || '',
						options: [
							{
								label: attr.default
									? sprintf(
											/* translators: %s: the attribute's default value, e.g. second. */
											__( 'Default (%s)', 'endht-widgets' ),
											attr.default
									  )
									: __( 'Default', 'endht-widgets' ),
								value: '',
							},
						].concat(
							attr.values.map( function ( v ) {
								return { label: v, value: v };
							} )
						),
						onChange: function ( v ) {
							set( v || undefined );
						},
					} )
				);
			case 'boolean':
				return el(
					c.ToggleControl,
					Object.assign( {}, common, {
						checked: !! value,
						onChange: function ( on ) {
							set( !! on );
						},
					} )
				);
			case 'number':
				return el(
					c.TextControl,
					Object.assign( {}, common, {
						type: 'number',
						min: attr.min,
						max: attr.max,
						step: 'any',
						placeholder: attr.default || '',
						value: value || '',
						onChange: function ( v ) {
							set( v === '' ? undefined : String( v ) );
						},
					} )
				);
			case 'date':
				return el( DateControl, { key: attr.name, attr: attr, value: value, onChange: set } );
			case 'url':
				var ok = isHttpUrl( value );
				return el(
					'div',
					{ key: attr.name, className: ok ? '' : 'endht-widgets-invalid', style: GROUP },
					el(
						c.TextControl,
						Object.assign( {}, common, {
							type: 'url',
							placeholder: attr.default || '',
							value: value || '',
							'aria-invalid': ok ? undefined : 'true',
							help: ok
								? helpOf( attr )
								: __( 'Only http:// and https:// addresses (or a page of this site) are accepted: the widget ignores this one and uses its default.', 'endht-widgets' ),
							onChange: function ( v ) {
								set( v || undefined );
							},
						} )
					),
					ok ? null : el( c.Notice, { status: 'error', isDismissible: false }, __( 'Not an http:// or https:// address.', 'endht-widgets' ) )
				);
			default:
				return el(
					c.TextControl,
					Object.assign( {}, common, {
						placeholder: attr.default || '',
						value: value || '',
						onChange: function ( v ) {
							set( v || undefined );
						},
					} )
				);
		}
	}

	/** Whether a block attribute holds a value (a boolean: on). */
	function isSet( attr, v ) {
		return attr.kind === 'boolean' ? !! v : typeof v === 'string' && v.trim() !== '';
	}

	/**
	 * The element's attributes for the preview: only those set (a boolean is present or absent),
	 * without those that would act on the editor's own window (`previewed: false`).
	 */
	function tagAttributes( element, attributes ) {
		var out = {};
		element.attributes.forEach( function ( attr ) {
			var v = attributes[ attr.field ];
			if ( attr.previewed !== false && isSet( attr, v ) ) {
				out[ attr.name ] = attr.kind === 'boolean' ? '' : v;
			}
		} );
		return out;
	}

	function editFor( element ) {
		return function Edit( props ) {
			var ref = useRef();
			var hidden = useState( false );
			var attrs = tagAttributes( element, props.attributes );
			attrs.ref = ref;
			// Set, but left out of the preview: said under it.
			var notPreviewed = element.attributes.filter( function ( attr ) {
				return attr.previewed === false && isSet( attr, props.attributes[ attr.field ] );
			} );

			// An element can render nothing (a banner outside its dates): say so instead of an empty box.
			useEffect( function () {
				var node = ref.current;
				var win = node && node.ownerDocument && node.ownerDocument.defaultView;
				if ( ! win || ! win.customElements ) {
					return;
				}
				var live = true;
				win.customElements
					.whenDefined( element.tag )
					.then( function () {
						return node.updateComplete;
					} )
					.then( function () {
						if ( live ) {
							hidden[ 1 ]( node.visible === false );
						}
					} );
				return function () {
					live = false;
				};
			} );

			var controls = element.attributes.map( function ( attr ) {
				return control( attr, props.attributes[ attr.field ], function ( v ) {
					var next = {};
					next[ attr.field ] = v;
					props.setAttributes( next );
				} );
			} );

			return el(
				Fragment,
				null,
				el(
					be.InspectorControls,
					null,
					el( c.PanelBody, { title: __( 'Widget settings', 'endht-widgets' ), initialOpen: true }, controls )
				),
				el(
					'div',
					be.useBlockProps(),
					el( element.tag, attrs ),
					notPreviewed.map( function ( attr ) {
						return el(
							c.Notice,
							{ key: attr.name, status: 'info', isDismissible: false },
							sprintf(
								/* translators: %s: a block setting, e.g. Quick exit. */
								__( '%s: on the published page, not in this preview (it would act on the editor).', 'endht-widgets' ),
								labelOf( attr.name )
							)
						);
					} ),
					hidden[ 0 ]
						? el(
								c.Notice,
								{ status: 'info', isDismissible: false },
								__( 'Not shown today: outside its dates, or closed in this browser. Visitors see it on its dates.', 'endht-widgets' )
						  )
						: null
				)
			);
		};
	}

	data.elements.forEach( function ( element ) {
		wp.blocks.registerBlockType( element.block, {
			edit: editFor( element ),
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.endhtWidgetsEditor );
