package cn.gongkai.content.generate;

import cn.gongkai.content.RegionLevel;

/**
 * One region folder to write: its slug path from the content root, official name, level, 12-digit code (null
 * when unknown), order among its siblings and an optional note.
 */
record PlannedRegion(String path, String name, RegionLevel level, String code, int order, String note) {
}
