// A portal's Vite config: Vue's build with the template compiler, and the
// viewer kept out of dependency pre-bundling (the dev server).
export default {
  base: './',
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  server: { fs: { allow: ['..'] } },
  optimizeDeps: { exclude: ['rmp-viewer'] },
  build: { outDir: '../out/vite-vue', emptyOutDir: true },
};
