/**
 * The static search index: built at build time from the pages' text, split into content-hashed shards so
 * a browser fetches only what a query needs; plus the search page's script.
 */
package cn.gongkai.search;
