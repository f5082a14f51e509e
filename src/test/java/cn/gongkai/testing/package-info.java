/** Helpers shared by the tests of several stages (the headless browser). */
package cn.gongkai.testing;
