/**
 * The command line (picocli only here): thin subcommands that build the stage objects, run them and print a
 * summary. Exit codes: 0 success, 1 the content or input has errors, 2 bad usage or an I/O failure.
 */
package cn.gongkai.cli;
