<?php
/**
 * Removes the plugin's settings when it is deleted.
 *
 * @package TisWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'tis_widgets_options' );
