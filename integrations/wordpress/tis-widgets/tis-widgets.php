<?php
/**
 * Plugin Name:       #1000territoiresIS widgets
 * Plugin URI:        https://github.com/1000territoires/widgets
 * Description:       Places the #1000territoiresIS campaign widgets (banner, initiative feed, event calendar, territory counter) with shortcodes and blocks that every editor can use. No tracking, no remote call from the server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            #1000territoiresIS
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       tis-widgets
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TIS_WIDGETS_VERSION', '0.1.0' );
define( 'TIS_WIDGETS_FILE', __FILE__ );
define( 'TIS_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once TIS_WIDGETS_DIR . 'includes/widgets.php';
require_once TIS_WIDGETS_DIR . 'includes/settings.php';
require_once TIS_WIDGETS_DIR . 'includes/assets.php';
require_once TIS_WIDGETS_DIR . 'includes/render.php';
require_once TIS_WIDGETS_DIR . 'includes/shortcodes.php';
require_once TIS_WIDGETS_DIR . 'includes/blocks.php';

add_action( 'init', 'tis_widgets_register_shortcodes' );
add_action( 'init', 'tis_widgets_register_blocks' );
add_action( 'admin_init', 'tis_widgets_register_settings' );
add_action( 'admin_menu', 'tis_widgets_add_settings_page' );
add_filter( 'the_content', 'tis_widgets_detect_in_content', 20 );
add_action( 'wp_enqueue_scripts', 'tis_widgets_maybe_enqueue_everywhere' );
add_action( 'wp_head', 'tis_widgets_print_defaults', 2 );
add_action( 'wp_footer', 'tis_widgets_print_defaults', 1 );
add_filter( 'script_loader_tag', 'tis_widgets_module_tag', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'tis_widgets_action_links' );
