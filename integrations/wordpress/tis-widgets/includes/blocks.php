<?php
/**
 * Dynamic blocks tis/banner, tis/initiative-feed, tis/event-calendar, tis/territory-counter:
 * the post stores only a comment with the options; the page is rendered on the server.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block-side description of each widget: attributes (camelCase) and sidebar controls.
 *
 * @return array<string, array> By widget name.
 */
function tis_widgets_block_definitions() {
	$blocks = array();
	foreach ( tis_widgets_definitions() as $widget => $definition ) {
		if ( 'feed' === $widget ) {
			continue;
		}
		$attributes = array();
		$controls   = array();
		foreach ( $definition['attributes'] as $name => $attribute ) {
			$key = tis_widgets_camel( $name );
			if ( 'bool' === $attribute['type'] ) {
				$attributes[ $key ] = array(
					'type'    => 'boolean',
					'default' => false,
				);
			} elseif ( 'onoff' === $attribute['type'] ) {
				$attributes[ $key ] = array(
					'type'    => 'boolean',
					'default' => true,
				);
			} else {
				$attributes[ $key ] = array( 'type' => 'string' );
			}
			$controls[] = array(
				'key'      => $key,
				'name'     => $name,
				'type'     => $attribute['type'],
				'label'    => $attribute['label'],
				'values'   => isset( $attribute['values'] ) ? $attribute['values'] : array(),
				'advanced' => ! empty( $attribute['advanced'] ),
			);
		}
		$blocks[ $widget ] = array(
			'name'       => 'tis/' . $widget,
			'title'      => $definition['label'],
			'attributes' => $attributes,
			'controls'   => $controls,
		);
	}
	return $blocks;
}

/**
 * Registers the editor script and the blocks.
 */
function tis_widgets_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	$blocks = tis_widgets_block_definitions();
	wp_register_script(
		'tis-widgets-editor',
		plugins_url( 'blocks/editor.js', TIS_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		TIS_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script(
		'tis-widgets-editor',
		'window.tisWidgetsBlocks = ' . wp_json_encode( array_values( $blocks ) ) . ';',
		'before'
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'tis-widgets-editor', 'tis-widgets' );
	}
	foreach ( $blocks as $widget => $block ) {
		register_block_type(
			$block['name'],
			array(
				'api_version'     => 2,
				'title'           => $block['title'],
				'category'        => 'widgets',
				'attributes'      => $block['attributes'],
				'supports'        => array(
					'html'  => false,
					'align' => array( 'wide', 'full' ),
				),
				'editor_script'   => 'tis-widgets-editor',
				'render_callback' => 'tis_widgets_render_block',
			)
		);
	}
}

/**
 * Renders a block on the page.
 *
 * @param array    $attributes Block attributes (camelCase).
 * @param string   $content    Saved content (none: dynamic block).
 * @param WP_Block $block      The block.
 * @return string HTML.
 */
function tis_widgets_render_block( $attributes, $content = '', $block = null ) {
	$name   = ( $block instanceof WP_Block ) ? $block->name : '';
	$widget = 0 === strpos( $name, 'tis/' ) ? substr( $name, 4 ) : '';
	$blocks = tis_widgets_block_definitions();
	if ( ! isset( $blocks[ $widget ] ) ) {
		return '';
	}
	$values = array();
	foreach ( $blocks[ $widget ]['controls'] as $control ) {
		if ( ! array_key_exists( $control['key'], (array) $attributes ) ) {
			continue;
		}
		$value = $attributes[ $control['key'] ];
		if ( 'bool' === $control['type'] && ! $value ) {
			continue;
		}
		$values[ $control['name'] ] = $value;
	}
	$html = tis_widgets_render( $widget, $values );
	if ( '' === $html ) {
		return '';
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes( array( 'class' => 'tis-widget' ) ) : 'class="tis-widget"';
	return '<div ' . $wrapper . '>' . $html . '</div>';
}
