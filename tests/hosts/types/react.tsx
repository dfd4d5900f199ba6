// React 19 JSX with <rmp-viewer> (tsc --strict, jsx react-jsx).
/// <reference types="rmp-viewer/react" />
import 'rmp-viewer';

export function Rmp({ rmp }: { rmp: object }) {
  return (
    <rmp-viewer
      data={rmp}
      lang="ja"
      view="risks"
      history
      onrmp-ready={(event) => console.log(event.detail.title.length)}
      onrmp-error={(event) => console.log(event.detail.code)}
      className="portal-rmp"
    />
  );
}

export function Wrong() {
  // @ts-expect-error: not a language of the viewer
  return <rmp-viewer lang="fr" />;
}
