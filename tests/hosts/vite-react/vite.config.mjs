// A portal's Vite build: nothing for the viewer but the package itself.
export default { base: './', build: { outDir: '../out/vite-react', emptyOutDir: true } };
