import { GeodataFetchError } from './geodata-fetch-error.ts';

/**
 * The portable build (one HTML file, opened over file://, where every fetch of another file is
 * blocked) carries each geodata file inside the page as
 * `<script type="application/octet-stream" data-geodata="graph.bin">base64 of gzip</script>`
 * (written by build/portable-html.ts). A script element of that type is inert data: the browser
 * never runs it and the Content-Security-Policy does not apply to it.
 */
export const EMBEDDED_GEODATA_ATTRIBUTE = 'data-geodata';

/** True when this page is the portable file (it embeds at least the manifest). */
export function hasEmbeddedGeodata(): boolean {
  return document.querySelector(`script[${EMBEDDED_GEODATA_ATTRIBUTE}]`) !== null;
}

/** The bytes of an embedded geodata file, un-gzipped; a file the page lacks is a GeodataFetchError. */
export async function readEmbeddedGeodata(file: string): Promise<ArrayBuffer> {
  const element = [...document.querySelectorAll(`script[${EMBEDDED_GEODATA_ATTRIBUTE}]`)].find(
    (script) => script.getAttribute(EMBEDDED_GEODATA_ATTRIBUTE) === file,
  );
  if (!element?.textContent) throw new GeodataFetchError(file, null, 'is not inside this portable file');
  try {
    // A data: URL decodes base64 natively and fast; fetch() of data: works also over file://.
    const gzipped = await fetch(`data:application/gzip;base64,${element.textContent.trim()}`);
    return await new Response(gzipped.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  } catch (error) {
    throw new GeodataFetchError(
      file,
      null,
      `cannot be unpacked from this portable file (${(error as Error).message})`,
      { cause: error },
    );
  }
}
