<?php
/**
 * Renders a widget: the custom element with its allowed attributes, around a fallback link.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Picks the visitor-facing text in the site's language (French unless the site is not).
 *
 * @param array{fr: string, en: string} $texts Texts.
 * @return string Text.
 */
function tis_widgets_text( $texts ) {
	$locale = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	return 0 === strpos( (string) $locale, 'fr' ) || '' === $texts['en'] ? $texts['fr'] : $texts['en'];
}

/**
 * The HTML of one widget.
 *
 * @param string      $widget   Widget name (`banner`, `initiative-feed`, ...).
 * @param array       $values   Attribute values by kebab-case name (unchecked input).
 * @param string|null $fallback Fallback HTML (already safe), or null for the default link.
 * @return string HTML, empty for an unknown widget.
 */
function tis_widgets_render( $widget, $values, $fallback = null ) {
	$definitions = tis_widgets_definitions();
	if ( ! isset( $definitions[ $widget ] ) ) {
		return '';
	}
	$definition = $definitions[ $widget ];
	$settings   = tis_widgets_settings();

	// Defaults from the settings: the feed for every widget, the network for the banner only
	// (elsewhere `network` filters the content, which must stay the editor's choice).
	if ( empty( $values['src'] ) && '' !== $settings['feed_url'] && isset( $definition['attributes']['src'] ) ) {
		$values['src'] = $settings['feed_url'];
	}
	if ( 'banner' === $widget && empty( $values['network'] ) && '' !== $settings['network'] ) {
		$values['network'] = $settings['network'];
	}

	$attributes = '';
	foreach ( $definition['attributes'] as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = tis_widgets_sanitize_value( $attribute, $values[ $name ] );
		if ( null === $value ) {
			continue;
		}
		if ( '' === $value && 'bool' === $attribute['type'] ) {
			$attributes .= ' ' . esc_attr( $name );
		} elseif ( 'onoff' === $attribute['type'] && isset( $attribute['off'] ) ) {
			$attributes .= ' ' . esc_attr( $attribute['off'] );
		} elseif ( 'url' === $attribute['type'] ) {
			$attributes .= sprintf( ' %s="%s"', esc_attr( $name ), esc_url( $value, array( 'http', 'https' ) ) );
		} else {
			$attributes .= sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
	}

	if ( null === $fallback ) {
		$text     = tis_widgets_text( $definition['fallback'] );
		$fallback = '' === $text ? '' : sprintf(
			'<a href="%s">%s</a>',
			esc_url( 'https://1000territoires.github.io/' ),
			esc_html( $text )
		);
	}

	tis_widgets_enqueue_bundle();
	return sprintf( '<%1$s%2$s>%3$s</%1$s>', $definition['tag'], $attributes, $fallback );
}
