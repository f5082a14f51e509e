/**
 * Renders pages with Freemarker templates from the theme ({@code themes/default} built in, overridable per
 * site) and the reports' Markdown with flexmark. The only package that uses Freemarker or flexmark.
 */
package cn.gongkai.render;
