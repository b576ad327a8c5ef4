import packageJson from '../../package.json';

/** The Parallax version, as in package.json (shown in exports). */
export const APP_VERSION: string = packageJson.version;
