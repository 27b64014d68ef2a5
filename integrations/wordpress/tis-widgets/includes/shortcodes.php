<?php
/**
 * Shortcodes: [tis-banner], [tis-initiative-feed], [tis-event-calendar], [tis-territory-counter],
 * and the enclosing [tis-feed]…[/tis-feed] that shares one feed between the widgets inside it.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers one shortcode per widget.
 */
function tis_widgets_register_shortcodes() {
	foreach ( array_keys( tis_widgets_definitions() ) as $widget ) {
		add_shortcode( 'tis-' . $widget, 'tis_widgets_shortcode' );
	}
}

/**
 * Normalizes shortcode attributes: lower case, `page_size` as `page-size`, bare flags
 * (`[tis-banner dismissible]`) as true.
 *
 * @param array|string $atts Attributes as WordPress parsed them.
 * @return array<string, mixed> Values by attribute name.
 */
function tis_widgets_shortcode_values( $atts ) {
	$values = array();
	if ( ! is_array( $atts ) ) {
		return $values;
	}
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$values[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = $value;
	}
	return $values;
}

/**
 * Renders a widget shortcode.
 *
 * @param array|string $atts    Attributes.
 * @param string|null  $content Enclosed content: the fallback, or the widgets of a [tis-feed].
 * @param string       $tag     Shortcode name.
 * @return string HTML.
 */
function tis_widgets_shortcode( $atts, $content = null, $tag = '' ) {
	$widget = substr( (string) $tag, 4 );
	$values = tis_widgets_shortcode_values( $atts );
	$inner  = null;
	if ( 'feed' === $widget ) {
		$inner = do_shortcode( (string) $content );
	} elseif ( null !== $content && '' !== trim( wp_strip_all_tags( (string) $content ) ) ) {
		$inner = wp_kses_post( (string) $content );
	}
	return tis_widgets_render( $widget, $values, $inner );
}
