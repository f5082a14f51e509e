/**
 * Writes synthetic {@code content/} folders for benchmarks and tests ({@code gongkai generate}): provinces,
 * cities, counties and townships with realistic names and 12-digit codes, about five annual reports per
 * township (2020 in the 2019 trial format, 2021 on in the 2021 format), narrative of real length built from
 * the phrasing of real reports, and tables that pass every arithmetic check of the data contract. The output
 * is a pure function of the report count and the seed: no clock, one seeded random stream per township.
 */
package cn.gongkai.content.generate;
