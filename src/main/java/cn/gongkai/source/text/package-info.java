/** Reads UTF-8 text and Markdown sources into lines; refuses binary, empty and GBK-encoded files by name. */
package cn.gongkai.source.text;
