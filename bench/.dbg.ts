import { parseSourceMention } from '../src/extraction/source-mention';
console.log(parseSourceMention(process.argv[2]));
