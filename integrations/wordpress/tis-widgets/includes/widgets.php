<?php
/**
 * The widgets the plugin can place, and the attributes each one accepts.
 *
 * This allowlist mirrors the one of the markup-only placement (src/placement/placement.ts):
 * anything not listed here never reaches the page.
 *
 * @package TisWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attribute types:
 * - text:  free text, sanitized, at most 200 characters;
 * - url:   an http(s) URL;
 * - int:   a non-negative integer;
 * - enum:  one of `values` ('' means "not set");
 * - bool:  present or absent (`dismissible`, `dismissible="true"`; "false", "0", "no" mean absent);
 * - onoff: on by default; when turned off, written as the boolean attribute named by `off` (the
 *          counter's `animate` control writes `no-animation`; old shortcodes keep `animate="false"`).
 *
 * @return array<string, array{tag: string, label: string, fallback: array{fr: string, en: string}, attributes: array<string, array>}>
 */
function tis_widgets_definitions() {
	$common = array(
		'color-scheme' => array(
			'type'   => 'enum',
			'values' => array( '', 'light', 'dark', 'auto' ),
			'label'  => __( 'Colour scheme', 'tis-widgets' ),
		),
		'lang'         => array(
			'type'   => 'enum',
			'values' => array( '', 'fr', 'en' ),
			'label'  => __( 'Language (default: the page\'s)', 'tis-widgets' ),
		),
		'loading'      => array(
			'type'     => 'enum',
			'values'   => array( '', 'eager', 'lazy' ),
			'label'    => __( 'Loading', 'tis-widgets' ),
			'advanced' => true,
		),
		'src'          => array(
			'type'     => 'url',
			'label'    => __( 'Feed URL (default: the plugin setting)', 'tis-widgets' ),
			'advanced' => true,
		),
	);
	$scope  = array(
		'territory' => array(
			'type'  => 'text',
			'label' => __( 'Territory (e.g. departement:29)', 'tis-widgets' ),
		),
		'theme'     => array(
			'type'  => 'text',
			'label' => __( 'Theme or transition (e.g. ecologique)', 'tis-widgets' ),
		),
		'network'   => array(
			'type'  => 'text',
			'label' => __( 'Network id (e.g. cis)', 'tis-widgets' ),
		),
	);

	return array(
		'banner'            => array(
			'tag'        => 'tis-banner',
			'label'      => __( 'Campaign banner', 'tis-widgets' ),
			'fallback'   => array(
				'fr' => '#1000territoiresIS — découvrir la campagne',
				'en' => '#1000territoiresIS — discover the campaign',
			),
			'attributes' => array_merge(
				array(
					'network'      => array(
						'type'  => 'text',
						'label' => __( 'Your network id (co-branding, e.g. cis)', 'tis-widgets' ),
					),
					'variant'      => array(
						'type'   => 'enum',
						'values' => array( '', 'inline', 'top', 'bottom', 'corner' ),
						'label'  => __( 'Placement', 'tis-widgets' ),
					),
					'show-count'   => array(
						'type'  => 'bool',
						'label' => __( 'Show the territory count', 'tis-widgets' ),
					),
					'show-event'   => array(
						'type'  => 'bool',
						'label' => __( 'Show the next event', 'tis-widgets' ),
					),
					'dismissible'  => array(
						'type'  => 'bool',
						'label' => __( 'Visitors can close it', 'tis-widgets' ),
					),
					'dismiss-days' => array(
						'type'     => 'int',
						'label'    => __( 'Days a dismissal lasts', 'tis-widgets' ),
						'advanced' => true,
					),
				),
				$common
			),
		),
		'initiative-feed'   => array(
			'tag'        => 'tis-initiative-feed',
			'label'      => __( 'Initiative feed', 'tis-widgets' ),
			'fallback'   => array(
				'fr' => 'Voir les initiatives #1000territoiresIS',
				'en' => 'See the #1000territoiresIS initiatives',
			),
			'attributes' => array_merge(
				$scope,
				array(
					'layout'        => array(
						'type'   => 'enum',
						'values' => array( '', 'cards', 'list', 'compact', 'map' ),
						'label'  => __( 'Layout', 'tis-widgets' ),
					),
					'query'         => array(
						'type'  => 'text',
						'label' => __( 'Words every initiative must contain', 'tis-widgets' ),
					),
					'controls'      => array(
						'type'     => 'text',
						'label'    => __( 'Controls (search territory theme network sort, or none)', 'tis-widgets' ),
						'advanced' => true,
					),
					'sort'          => array(
						'type'   => 'enum',
						'values' => array( '', 'recent', 'alpha' ),
						'label'  => __( 'Order', 'tis-widgets' ),
					),
					'page-size'     => array(
						'type'  => 'int',
						'label' => __( 'Initiatives per page', 'tis-widgets' ),
					),
					'heading-level' => array(
						'type'     => 'enum',
						'values'   => array( '', '2', '3', '4', '5', '6' ),
						'label'    => __( 'Heading level of each initiative', 'tis-widgets' ),
						'advanced' => true,
					),
					'sync-url'      => array(
						'type'     => 'bool',
						'label'    => __( 'Keep the filters in the page address', 'tis-widgets' ),
						'advanced' => true,
					),
				),
				$common
			),
		),
		'event-calendar'    => array(
			'tag'        => 'tis-event-calendar',
			'label'      => __( 'Event calendar', 'tis-widgets' ),
			'fallback'   => array(
				'fr' => 'Voir l\'agenda #1000territoiresIS',
				'en' => 'See the #1000territoiresIS events',
			),
			'attributes' => array_merge(
				$scope,
				array(
					'view'            => array(
						'type'   => 'enum',
						'values' => array( '', 'month', 'week', 'list' ),
						'label'  => __( 'View (default: by width)', 'tis-widgets' ),
					),
					'event'           => array(
						'type'  => 'text',
						'label' => __( 'One event only (its id)', 'tis-widgets' ),
					),
					'from'            => array(
						'type'     => 'text',
						'label'    => __( 'First month (YYYY-MM)', 'tis-widgets' ),
						'advanced' => true,
					),
					'attendance'      => array(
						'type'   => 'enum',
						'values' => array( '', 'in-person', 'online' ),
						'label'  => __( 'Attendance', 'tis-widgets' ),
					),
					'include-invited' => array(
						'type'  => 'bool',
						'label' => __( 'With a network: also the events it is invited to', 'tis-widgets' ),
					),
					'hide-filters'    => array(
						'type'  => 'bool',
						'label' => __( 'Hide the visitor\'s filters', 'tis-widgets' ),
					),
					'subscribe-url'   => array(
						'type'     => 'url',
						'label'    => __( 'iCalendar subscription URL', 'tis-widgets' ),
						'advanced' => true,
					),
				),
				$common
			),
		),
		'territory-counter' => array(
			'tag'        => 'tis-territory-counter',
			'label'      => __( 'Territory counter', 'tis-widgets' ),
			'fallback'   => array(
				'fr' => 'Les territoires engagés dans #1000territoiresIS',
				'en' => 'The territories committed to #1000territoiresIS',
			),
			'attributes' => array_merge(
				array(
					'metric'          => array(
						'type'   => 'enum',
						'values' => array( '', 'territories', 'initiatives', 'networks', 'events' ),
						'label'  => __( 'What to count', 'tis-widgets' ),
					),
					'territory'       => $scope['territory'],
					'network'         => $scope['network'],
					'goal'            => array(
						'type'  => 'int',
						'label' => __( 'Goal (default: the campaign\'s)', 'tis-widgets' ),
					),
					'breakdown'       => array(
						'type'   => 'enum',
						'values' => array( '', 'none', 'region', 'departement', 'kind' ),
						'label'  => __( 'Breakdown', 'tis-widgets' ),
					),
					'view'            => array(
						'type'   => 'enum',
						'values' => array( '', 'number', 'map' ),
						'label'  => __( 'Display (number, or number and map)', 'tis-widgets' ),
					),
					'animate'         => array(
						'type'  => 'onoff',
						'off'   => 'no-animation',
						'label' => __( 'Count up when first seen', 'tis-widgets' ),
					),
					'hide-goal'       => array(
						'type'  => 'bool',
						'label' => __( 'Hide the goal and progress bar', 'tis-widgets' ),
					),
					'hide-progress'   => array(
						'type'     => 'bool',
						'label'    => __( 'Hide the progress bar', 'tis-widgets' ),
						'advanced' => true,
					),
					'hide-milestones' => array(
						'type'     => 'bool',
						'label'    => __( 'Hide the milestones', 'tis-widgets' ),
						'advanced' => true,
					),
					'hide-freshness'  => array(
						'type'     => 'bool',
						'label'    => __( 'Hide the latest territory line', 'tis-widgets' ),
						'advanced' => true,
					),
					'hide-caption'    => array(
						'type'     => 'bool',
						'label'    => __( 'Hide the hashtag', 'tis-widgets' ),
						'advanced' => true,
					),
				),
				$common
			),
		),
		'feed'              => array(
			'tag'        => 'tis-feed',
			'label'      => __( 'Shared feed (wraps other widgets)', 'tis-widgets' ),
			'fallback'   => array(
				'fr' => '',
				'en' => '',
			),
			'attributes' => array_merge(
				$scope,
				array(
					'src'  => $common['src'],
					'lang' => $common['lang'],
				)
			),
		),
	);
}

/**
 * Turns a kebab-case attribute name into the camelCase key of a block attribute.
 *
 * @param string $name Attribute name, e.g. `page-size`.
 * @return string Block attribute key, e.g. `pageSize`.
 */
function tis_widgets_camel( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * Validates one value against its attribute definition.
 *
 * @param array $definition Attribute definition.
 * @param mixed $value      Raw value (shortcode string, block attribute).
 * @return string|null The value to write (`''` for a present boolean), or null to leave it out.
 */
function tis_widgets_sanitize_value( $definition, $value ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : 'false';
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $definition['type'] ) {
		case 'bool':
			return in_array( strtolower( $value ), array( 'false', '0', 'no', 'non', 'off' ), true ) ? null : '';
		case 'onoff':
			return in_array( strtolower( $value ), array( 'false', '0', 'no', 'non', 'off' ), true ) ? 'false' : null;
		case 'int':
			return ( '' !== $value && ctype_digit( $value ) ) ? (string) absint( $value ) : null;
		case 'enum':
			return ( '' !== $value && in_array( $value, $definition['values'], true ) ) ? $value : null;
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' !== $url ? $url : null;
		default:
			$text = sanitize_text_field( $value );
			if ( function_exists( 'mb_substr' ) ) {
				$text = mb_substr( $text, 0, 200 );
			} else {
				$text = substr( $text, 0, 200 );
			}
			return '' !== $text ? $text : null;
	}
}
