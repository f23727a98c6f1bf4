/*
 * Icons of <endht-share>: SVG path data on a 48×48 grid (viewBox 0 0 48 48), drawn inline, so
 * no request is ever made for them.
 *
 * Licence. The brand marks (x, facebook, whatsapp, telegram, bluesky, mastodon, reddit) are
 * copied from Simple Icons 16.37.0 (npm package `simple-icons`, https://simpleicons.org),
 * released under CC0 1.0 Universal (public domain dedication). Their outlines were only
 * re-encoded by scripts/icon-pack.mjs: scaled to the 48 grid, each run of curves refitted with
 * fewer Béziers (quadratic ones where they fit), every number rounded to a whole unit; no point of the result is more than 0.6
 * unit (0.23 px at the 18.4 px they are shown at) from the Simple Icons outline. The marks
 * remain their owners' trademarks and are used only to name the network a link goes to.
 * Simple Icons no longer ships a LinkedIn mark (removed at the owner's request), so `linkedin`
 * is a plain "in" tile drawn for this project, like the generic `native` (share), `email`,
 * `copy` (link) and `hashtags` glyphs: those five are this project's own work.
 *
 * Packing (a third of the bytes of plain path data): absolute commands in lower case, each
 * number one character, '#' (code 35) for -3 up to '[' (91) for 53; the icons are separated
 * by spaces, in the order of NETWORKS (native … copy), then the hashtags glyph. No Z: the icons
 * are only filled, and a fill closes every subpath itself.
 * `node scripts/icon-pack.mjs --decode` prints them as plain path data.
 */
const PACKED =
  "mJ*a,,&'&J6,,&&&J*m28a,,&'&2D,,&&&28mJFa,,&'&JR,,&&&JFm8=F5D169m6CDKFG8? mB:T&hPlA85&h'l9A'Vh+l;CGVhUm=A;>,)h3l>:@=PShI m8UvEh3v>h8v;q9-G/lI0v6hFqE6C7lB8qA:A;v>hIlHBGEhAvVqURV>T(>&((&>(P8U m,(hPa**&&'T,vPa**&&'PTh,a**&&'(Pv,a**&&',(m40a))&'&46))&&&40m19vLh7v9m;9vLhAvBcA?B=E=sH?HBvLhNvAcN;K9G9D9B:A<v9 mICqGADAcAADG=Bq<A;@t8<q9;:9c:66/35.==JEIHIMEICm>Ra::&&'4Ol3N,P.I-Ha::&&'*>c*,@$L0a::&&'R>qPP>RmO-a>>&&&>&q((&>&D)Jl&V3Sa>>&&&>VqTTV>a>>&&&O- m>&a>>&&&&>>>&&&>V>>&&&V>>>&&&>&mH4tI5qIBEJ>G:C>>C;C:C:t7Aq2B/?1=5<tH4 m0,q:4>=B4L,tV.U<qQEGCVFNOcDZ?M>I=M8Z.Oq&F5Cc)E'=&3q$$0, mU1cS&F&>&q4%,*c'.'5';q'D*N6[GSvPl=Qq6P6Ml5Jc=LNMSEqV;U1mMChHv7cH1A2A7v>h<v7c<25157vCh0v6c0/8*=1l>3@1cD*M/M6 m>&q((&>'I-Ol(Ts(V)Vh>qTTV>T(>&mG,qK-K0tG4C1cA2?4?6qD6H9cN4U?NBNR.R.B'?.449q86=6>1C0D-G,m7=q4>4At6D9A7=mE=q@AFDLAE=m>Ec1E<J>JsKE>E m*.hRvNh*m.3vJhNv3l>>m/2hMl>< m24h:a00&&':Hh2a00&&'24m28a,,&&&2Dh:a,,&&&:8mB4hJa00&&'JHhBa00&&'B4mB8a,,&&&BDhJa,,&&&J8 m,6hPv:h,m,BhPvFh,m6,h:vPh6mB,hFvPhB".split(
    ' ',
  );

/** The path data of icon `i` (an index into NETWORKS; -1 is the hashtags glyph). */
export const iconPath = (i: number): string =>
  PACKED.at(i)!
    .replace(/[^a-z]/g, (c) => c.charCodeAt(0) - 38 + ' ')
    .toUpperCase();
