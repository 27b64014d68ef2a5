/**
 * Block editor side of the #1000territoiresIS widgets: one dynamic block per widget, with the
 * main options in the sidebar. Plain script, no build step; the block list comes from PHP
 * (`window.tisWidgetsBlocks`). The page itself is rendered by PHP: the editor shows a summary.
 */
(function (wp, blocks) {
  'use strict';
  if (!wp || !wp.blocks || !Array.isArray(blocks)) {
    return;
  }
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  function control(def, attributes, setAttributes) {
    var value = attributes[def.key];
    var set = function (next) {
      var change = {};
      change[def.key] = next === '' ? undefined : next;
      setAttributes(change);
    };
    if (def.type === 'bool' || def.type === 'onoff') {
      return el(components.ToggleControl, {
        key: def.key,
        label: def.label,
        checked: !!value,
        onChange: set,
      });
    }
    if (def.type === 'enum') {
      return el(components.SelectControl, {
        key: def.key,
        label: def.label,
        value: value || '',
        options: def.values.map(function (option) {
          return { value: option, label: option === '' ? __('Default', 'tis-widgets') : option };
        }),
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: def.key,
      label: def.label,
      type: def.type === 'int' ? 'number' : def.type === 'url' ? 'url' : 'text',
      value: value || '',
      onChange: set,
    });
  }

  function summary(block, attributes) {
    return block.controls
      .filter(function (def) {
        var value = attributes[def.key];
        return def.type === 'onoff'
          ? value === false
          : value !== undefined && value !== '' && value !== false;
      })
      .map(function (def) {
        var value = attributes[def.key];
        return def.name + (value === true ? '' : '="' + String(value) + '"');
      })
      .join(' ');
  }

  blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      apiVersion: 2,
      title: block.title,
      category: 'widgets',
      icon: 'megaphone',
      keywords: ['1000territoires', 'tis', 'innovation sociale'],
      attributes: block.attributes,
      supports: { html: false, align: ['wide', 'full'] },
      edit: function (props) {
        var attributes = props.attributes;
        var setAttributes = props.setAttributes;
        var main = block.controls.filter(function (def) {
          return !def.advanced;
        });
        var advanced = block.controls.filter(function (def) {
          return def.advanced;
        });
        var blockProps = blockEditor.useBlockProps ? blockEditor.useBlockProps() : {};
        var options = summary(block, attributes);
        return el(
          Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: __('Options', 'tis-widgets'), initialOpen: true },
              main.map(function (def) {
                return control(def, attributes, setAttributes);
              }),
            ),
            el(
              components.PanelBody,
              { title: __('Advanced', 'tis-widgets'), initialOpen: false },
              advanced.map(function (def) {
                return control(def, attributes, setAttributes);
              }),
            ),
          ),
          el(
            'div',
            blockProps,
            el(
              components.Placeholder,
              {
                icon: 'megaphone',
                label: '#1000territoiresIS — ' + block.title,
                instructions: __(
                  'The widget shows on the published page. Its options are in the sidebar.',
                  'tis-widgets',
                ),
              },
              options ? el('code', null, options) : null,
            ),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.tisWidgetsBlocks);
