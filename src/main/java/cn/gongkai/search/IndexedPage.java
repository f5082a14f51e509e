package cn.gongkai.search;

/** One page as the index sees it: where it is, its title, its facets and its normalised text. */
record IndexedPage(String path, String title, Facets facets, String text) {
}
