<?php
/**
 * Settings page (Settings → #1000territoiresIS), with the Settings API.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option holding every setting. */
const TIS_WIDGETS_OPTION = 'tis_widgets_options';

/**
 * The settings, with their defaults.
 *
 * @return array{feed_url: string, network: string, bundle: string, cdn_url: string, everywhere: bool}
 */
function tis_widgets_settings() {
	$defaults = array(
		'feed_url'   => '',
		'network'    => '',
		'bundle'     => 'local',
		'cdn_url'    => 'https://cdn.jsdelivr.net/npm/@1000territoires/widgets@' . TIS_WIDGETS_VERSION . '/dist/cdn/widgets.js',
		'everywhere' => false,
	);
	$saved    = get_option( TIS_WIDGETS_OPTION, array() );
	return array_merge( $defaults, is_array( $saved ) ? $saved : array() );
}

/**
 * Registers the option, its section and its fields.
 */
function tis_widgets_register_settings() {
	register_setting(
		'tis_widgets',
		TIS_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'tis_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section(
		'tis_widgets_main',
		__( 'Widgets', 'tis-widgets' ),
		'tis_widgets_section_intro',
		'tis-widgets'
	);
	$fields = array(
		'feed_url'   => __( 'Feed URL', 'tis-widgets' ),
		'network'    => __( 'Your network id', 'tis-widgets' ),
		'bundle'     => __( 'Widget script', 'tis-widgets' ),
		'everywhere' => __( 'Markup-only placements', 'tis-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'tis_widgets_' . $key,
			$label,
			'tis_widgets_field_' . $key,
			'tis-widgets',
			'tis_widgets_main',
			array( 'label_for' => 'tis_widgets_' . $key )
		);
	}
}

/**
 * Cleans the submitted settings.
 *
 * @param mixed $input Submitted values.
 * @return array Clean settings.
 */
function tis_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = tis_widgets_settings();

	$clean['feed_url']   = isset( $input['feed_url'] ) ? esc_url_raw( trim( (string) $input['feed_url'] ), array( 'http', 'https' ) ) : '';
	$clean['network']    = isset( $input['network'] ) ? sanitize_key( (string) $input['network'] ) : '';
	$clean['bundle']     = ( isset( $input['bundle'] ) && 'cdn' === $input['bundle'] ) ? 'cdn' : 'local';
	$clean['everywhere'] = ! empty( $input['everywhere'] );
	if ( isset( $input['cdn_url'] ) ) {
		$cdn              = esc_url_raw( trim( (string) $input['cdn_url'] ), array( 'https' ) );
		$clean['cdn_url'] = '' !== $cdn ? $cdn : $clean['cdn_url'];
	}
	return $clean;
}

/**
 * Adds Settings → #1000territoiresIS.
 */
function tis_widgets_add_settings_page() {
	add_options_page(
		__( '#1000territoiresIS widgets', 'tis-widgets' ),
		'#1000territoiresIS',
		'manage_options',
		'tis-widgets',
		'tis_widgets_render_settings_page'
	);
}

/**
 * Adds a "Settings" link on the Plugins screen.
 *
 * @param string[] $links Existing links.
 * @return string[] Links.
 */
function tis_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=tis-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'tis-widgets' ) . '</a>' );
	return $links;
}

/**
 * Prints the settings page.
 */
function tis_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'tis_widgets' );
			do_settings_sections( 'tis-widgets' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Placing a widget', 'tis-widgets' ); ?></h2>
		<p><?php esc_html_e( 'Every editor, whatever their role, can use the blocks (search "1000territoires" in the block inserter) or a shortcode:', 'tis-widgets' ); ?></p>
		<p><code>[tis-banner network="cis" show-count]</code> <code>[tis-initiative-feed territory="departement:29"]</code> <code>[tis-event-calendar view="list"]</code> <code>[tis-territory-counter]</code></p>
	</div>
	<?php
}

/**
 * Introduces the section.
 */
function tis_widgets_section_intro() {
	echo '<p>' . esc_html__( 'The plugin makes no request from your server and sends nothing anywhere. Visitors\' browsers load the public campaign feed and, if you choose the CDN, the widget script.', 'tis-widgets' ) . '</p>';
}

/**
 * Feed URL field.
 */
function tis_widgets_field_feed_url() {
	$settings = tis_widgets_settings();
	printf(
		'<input type="url" class="regular-text code" id="tis_widgets_feed_url" name="%1$s[feed_url]" value="%2$s" placeholder="https://1000territoires.github.io/feed/v1/index.json" /><p class="description">%3$s</p>',
		esc_attr( TIS_WIDGETS_OPTION ),
		esc_attr( $settings['feed_url'] ),
		esc_html__( 'Leave empty for the campaign\'s public feed. A widget\'s own feed URL wins over this one.', 'tis-widgets' )
	);
}

/**
 * Network field.
 */
function tis_widgets_field_network() {
	$settings = tis_widgets_settings();
	printf(
		'<input type="text" class="regular-text" id="tis_widgets_network" name="%1$s[network]" value="%2$s" placeholder="cis" /><p class="description">%3$s</p>',
		esc_attr( TIS_WIDGETS_OPTION ),
		esc_attr( $settings['network'] ),
		esc_html__( 'Your network\'s id in the campaign feed: the banner shows your co-branding and credits your network. Other widgets are not filtered by it.', 'tis-widgets' )
	);
}

/**
 * Bundle field: the copy shipped with the plugin, or a CDN.
 */
function tis_widgets_field_bundle() {
	$settings = tis_widgets_settings();
	$name     = TIS_WIDGETS_OPTION;
	?>
	<fieldset id="tis_widgets_bundle">
		<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[bundle]" value="local" <?php checked( 'local', $settings['bundle'] ); ?> />
			<?php esc_html_e( 'The copy shipped with this plugin (recommended: no third party)', 'tis-widgets' ); ?></label><br />
		<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[bundle]" value="cdn" <?php checked( 'cdn', $settings['bundle'] ); ?> />
			<?php esc_html_e( 'A CDN:', 'tis-widgets' ); ?></label>
		<input type="url" class="large-text code" name="<?php echo esc_attr( $name ); ?>[cdn_url]" value="<?php echo esc_attr( $settings['cdn_url'] ); ?>" aria-label="<?php esc_attr_e( 'CDN URL of widgets.js', 'tis-widgets' ); ?>" />
	</fieldset>
	<?php
}

/**
 * "Everywhere" field: load the script on every page for markup-only placements outside posts.
 */
function tis_widgets_field_everywhere() {
	$settings = tis_widgets_settings();
	printf(
		'<label><input type="checkbox" id="tis_widgets_everywhere" name="%1$s[everywhere]" value="1" %2$s /> %3$s</label><p class="description">%4$s</p>',
		esc_attr( TIS_WIDGETS_OPTION ),
		checked( $settings['everywhere'], true, false ),
		esc_html__( 'Load the widget script on every page', 'tis-widgets' ),
		esc_html__( 'Only needed for placements written as plain HTML (<div data-tis-widget="banner">) in widgets areas or templates. Posts and pages that use a widget load it anyway; other pages do not.', 'tis-widgets' )
	);
}
