<?php
/**
 * Installs the test WordPress (run by test/wordpress/run.mjs with the PHP command line):
 *   php setup.php <wordpress dir> install   site, users, theme, plugin, settings
 *   php setup.php <wordpress dir> posts     posts saved as an Author (KSES on) and as the admin
 * Prints one JSON object. Site URL and feed URL come from the environment.
 */

$wp_dir = $argv[1];
$step   = $argv[2];
$site   = getenv( 'TIS_WP_URL' );
$parts  = parse_url( $site );
$_SERVER['HTTP_HOST']   = $parts['host'] . ':' . $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = $parts['host'];

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}
require $wp_dir . '/wp-load.php';

if ( 'install' === $step ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	$result = wp_install( 'TIS test', 'admin', 'admin@example.org', false, '', 'admin-password-' . wp_rand() );
	update_option( 'permalink_structure', '' );
	switch_theme( 'tis-test' );
	$author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password-' . wp_rand(),
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	$activated = activate_plugin( 'tis-widgets/tis-widgets.php' );
	update_option(
		'tis_widgets_options',
		array(
			'feed_url' => getenv( 'TIS_FEED_URL' ),
			'network'  => '',
			'bundle'   => 'local',
		)
	);
	echo wp_json_encode(
		array(
			'admin'     => $result['user_id'],
			'author'    => is_wp_error( $author ) ? $author->get_error_message() : $author,
			'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : true,
			'active'    => get_option( 'active_plugins' ),
			'version'   => get_bloginfo( 'version' ),
		)
	);
	exit;
}

/**
 * Saves a post as one user, with the KSES filters that user gets in the editor.
 */
function tis_test_save( $login, $title, $content ) {
	$user = get_user_by( 'login', $login );
	wp_set_current_user( $user->ID );
	kses_init();
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => $user->ID,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		return array( 'error' => $id->get_error_message() );
	}
	return array(
		'id'      => $id,
		'saved'   => get_post_field( 'post_content', $id, 'raw' ),
		'can_unfiltered_html' => user_can( $user, 'unfiltered_html' ),
	);
}

$posts   = json_decode( file_get_contents( 'php://stdin' ), true );
$results = array();
foreach ( $posts as $key => $post ) {
	$results[ $key ] = tis_test_save( $post['as'], $post['title'], $post['content'] );
}
// Login cookies of the administrator, for the block editor test.
$admin   = get_user_by( 'login', 'admin' );
$expires = time() + HOUR_IN_SECONDS;
$token   = WP_Session_Tokens::get_instance( $admin->ID )->create( $expires );
$results['cookies'] = array(
	array(
		'name'  => AUTH_COOKIE,
		'value' => wp_generate_auth_cookie( $admin->ID, $expires, 'auth', $token ),
	),
	array(
		'name'  => LOGGED_IN_COOKIE,
		'value' => wp_generate_auth_cookie( $admin->ID, $expires, 'logged_in', $token ),
	),
);
echo wp_json_encode( $results );
