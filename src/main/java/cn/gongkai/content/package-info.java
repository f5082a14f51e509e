/**
 * Loads and validates {@code content/}: {@code site.yaml}, the region folders ({@code _region.yaml}) and one
 * Markdown file per report (YAML front matter with metadata and tables, the six parts as the body).
 * Problems are collected with file, line and key; one broken report never stops the others.
 */
package cn.gongkai.content;
