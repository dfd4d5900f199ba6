// A portal's Vite config: Vue's build with the template compiler. Nothing
// for the viewer: the dev server's dependency pre-bundling keeps its files.
export default {
  base: './',
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  server: { fs: { allow: ['..'] } },
  build: { outDir: '../out/vite-vue', emptyOutDir: true },
};
