<?php
/**
 * Loads the widget script, as a module, only on pages that use a widget.
 *
 * WordPress 6.5+ has script modules (`wp_enqueue_script_module`); before, a classic enqueue
 * whose tag the `script_loader_tag` filter turns into `type="module"`. Enqueued from the render
 * of a shortcode or block (or when a post holds a markup-only placement), it is printed in the
 * footer of that page only.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Script (and script module) handle. */
const TIS_WIDGETS_HANDLE = 'tis-widgets';

/**
 * URL of the widget script: the plugin's own copy, or the CDN chosen in the settings.
 *
 * @return string URL.
 */
function tis_widgets_bundle_url() {
	$settings = tis_widgets_settings();
	if ( 'cdn' === $settings['bundle'] && '' !== $settings['cdn_url'] ) {
		return $settings['cdn_url'];
	}
	return plugins_url( 'assets/widgets.js', TIS_WIDGETS_FILE );
}

/**
 * Enqueues the widget script once.
 */
function tis_widgets_enqueue_bundle() {
	if ( tis_widgets_bundle_enqueued() || is_admin() ) {
		return;
	}
	tis_widgets_bundle_enqueued( true );
	$version = TIS_WIDGETS_VERSION;
	$local   = TIS_WIDGETS_DIR . 'assets/widgets.js';
	if ( 'local' === tis_widgets_settings()['bundle'] && file_exists( $local ) ) {
		// Cache busting when the plugin's copy changes without a version bump.
		$version .= '.' . filemtime( $local );
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( TIS_WIDGETS_HANDLE, tis_widgets_bundle_url(), array(), $version );
	} else {
		wp_enqueue_script( TIS_WIDGETS_HANDLE, tis_widgets_bundle_url(), array(), $version, true );
	}
}

/**
 * Whether the widget script was enqueued on this page.
 *
 * @param bool $set Marks it enqueued.
 * @return bool Enqueued.
 */
function tis_widgets_bundle_enqueued( $set = false ) {
	static $enqueued = false;
	if ( $set ) {
		$enqueued = true;
	}
	return $enqueued;
}

/**
 * Prints the page-wide defaults that markup-only placements read (`<div data-tis-widget>` has
 * no `data-src`): `<meta name="tis-widgets-feed">` and `<meta name="tis-widgets-network">`.
 * Shortcodes and blocks write these values on the element itself.
 */
function tis_widgets_print_defaults() {
	static $printed = false;
	if ( $printed || ! tis_widgets_bundle_enqueued() ) {
		return;
	}
	$printed  = true;
	$settings = tis_widgets_settings();
	if ( '' !== $settings['feed_url'] ) {
		printf( '<meta name="tis-widgets-feed" content="%s" />' . "\n", esc_url( $settings['feed_url'], array( 'http', 'https' ) ) );
	}
	if ( '' !== $settings['network'] ) {
		printf( '<meta name="tis-widgets-network" content="%s" />' . "\n", esc_attr( $settings['network'] ) );
	}
}

/**
 * Before WordPress 6.5: prints the classic enqueue as `<script type="module">`.
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle Its handle.
 * @return string The tag.
 */
function tis_widgets_module_tag( $tag, $handle ) {
	if ( TIS_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	// Themes without HTML5 script support get type='text/javascript': replace it.
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}

/**
 * Enqueues the script for content that uses widgets without a shortcode or block: a markup-only
 * placement (`data-tis-widget`) or an element pasted by an administrator (`<tis-…>`).
 *
 * @param string $content Post content, rendered.
 * @return string The same content.
 */
function tis_widgets_detect_in_content( $content ) {
	if ( is_string( $content ) && ( false !== strpos( $content, 'data-tis-widget' ) || false !== strpos( $content, '<tis-' ) ) ) {
		tis_widgets_enqueue_bundle();
	}
	return $content;
}

/**
 * With "load on every page" set, enqueues the script on every front-end page.
 */
function tis_widgets_maybe_enqueue_everywhere() {
	if ( tis_widgets_settings()['everywhere'] ) {
		tis_widgets_enqueue_bundle();
		return;
	}
	// A post or page that uses a widget: enqueue now, so the defaults go in the <head>.
	$post = get_queried_object();
	if ( is_singular() && $post instanceof WP_Post && tis_widgets_content_uses_widgets( $post->post_content ) ) {
		tis_widgets_enqueue_bundle();
	}
}

/**
 * Whether saved content uses a widget: block, shortcode, markup-only placement or element.
 *
 * @param string $content Saved post content.
 * @return bool Uses a widget.
 */
function tis_widgets_content_uses_widgets( $content ) {
	$content = (string) $content;
	if ( false !== strpos( $content, 'data-tis-widget' ) || false !== strpos( $content, '<tis-' ) || false !== strpos( $content, '<!-- wp:tis/' ) ) {
		return true;
	}
	foreach ( array_keys( tis_widgets_definitions() ) as $widget ) {
		if ( has_shortcode( $content, 'tis-' . $widget ) ) {
			return true;
		}
	}
	return false;
}
