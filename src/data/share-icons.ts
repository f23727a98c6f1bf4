/*
 * Icons of <endht-share>: SVG path data on a 48×48 grid (viewBox 0 0 48 48), drawn inline, so
 * no request is ever made for them.
 *
 * Licence. The brand marks (x, facebook, whatsapp, telegram, bluesky, mastodon, reddit) are
 * copied from Simple Icons 16.37.0 (npm package `simple-icons`, https://simpleicons.org),
 * released under CC0 1.0 Universal (public domain dedication). Their path data was only
 * re-encoded: scripts/icon-paths.mjs put it on whole numbers of a 48 grid (under 0.2 px of
 * difference at the 18 px they are shown at), scripts/icon-pack.mjs packs it (below). The
 * marks remain their owners' trademarks and are used only to name the network a link goes
 * to. Simple Icons no longer ships a LinkedIn mark (removed at the owner's request), so
 * `linkedin` is a plain "in" tile drawn for this project, like the generic `native` (share),
 * `email`, `copy` (link) and `hashtags` glyphs: those five are this project's own work.
 *
 * Packing (a third of the bytes of plain path data): absolute commands in lower case, each
 * coordinate one character, '#' (code 35) for 0 up to 'W' for 52; the icons are separated by
 * spaces, in the order of NETWORKS (native … copy), then the hashtags glyph.
 * `node scripts/icon-pack.mjs --decode` prints them as plain path data.
 */
const PACKED = "mG'a))#$#G3))###G'zm/5a))#$#/A))###/5zmGCa))#$#GO))###GCzm5:C2A.36zm3@AHCD5<z m?7Q#hMl>52#h$l6>$Sh(l8@DShRzm:>8;)&h0l;7=:MPhFz m5RvBh0v;h5v8c509,A,hDa44##$F-v3a44###E3SS###C3cB3A3@4a&&###?5c>6>7>8v;hFlE?DBh>vScJQSGS;S.H#;#s#.#;c#F+P5Rz m)%hMa''##$Q)vMa''##$MQh)a''##$%Mv)a''##$)%zm1-a&&#$#13&&###1-zm.6vIh4v6zm86vIh>v?c><?:B:sE<E?vIhKv>cK8H6D6A6?7>9v6z mF@B>hAl?@=Ac=@;@9>s6:5:l68v7c777776v5l51c504040h3l11s/3/6c/81;1<2<6B<El?FhCcDFFEGCv@hFm;Oa77##$1Ll0K)M+F*Ea77##$';c'00';'@'E)I-a77##$O;cOFFO;OmL*a;;###;#c.##.#;#?$C&Gl#S0Pa;;###;ScHSSHS;a;;###L*z m;#a;;####;;;###;S;;###S;;;###;#zmE1F2v3cF7D@CElBGc@G?F>El9Bc6@8?9>9=@8@7h?l5>2?/>c-=,=,<l.;<5z m-)c3-95;:=5C-I)M&S#S+lR9cP?JAD@NAPGKLAW<J;F;F;E;F;E;F;F:J5W+L&G(A2@,A&?$9l#+c##)&-) mR.cQ(L$G$F#C#;#s1#0$c+$&(%-$0$3$5$9$=%A%C%E&H'L,P0R5S:S?Rh@lDPvMaLL##$:Nc5N3K3Ja..##$2Gc5H8H<Hh>cAHDHGGhHcLFQCR<zmJ@hEv4cE1D0B0?0>1>4v;h9v4c918050302124v@h-v3c-1-//-0+2+4+7+9,:.l;0=.c>,@+C+E+G+H-sJ1J3z m;#c.##.#;#B&H*Ll%Qs%S&Sh;cHSSHS;sH#;#zmD)cF)H+H-H0F1D1s@0@.c>/<1<3?3C4E6F5G5I5L5N7N:N<M>K?KFDK;Ks+F+?c)>(<(:(7*5-5/505163473:3:0=-@-@+B)D)zm4:c2:1<1>0@2A3A5A6@6>s5:4:zmB:cA:@<@>sAACAcDAF@E>E<D:B:zm;Bh5vCc6E8G;Gs@EACvBz m'+hOvKh'zm+0vGhKv0l;;zm,/hJl;9z m/1h7a--##$7Eh/a--##$/1zm/5a))###/Ah7a))###75zm?1hGa--##$GEh?a--##$?1zm?5a))###?AhGa))###G5z m)3hMv7h)zm)?hMvCh)zm3)h7vMh3zm?)hCvMh?z".split(' ');

/** The path data of icon `i` (an index into NETWORKS; -1 is the hashtags glyph). */
export const iconPath = (i: number): string => PACKED.at(i)!.replace(/[^a-z]/g, (c) => c.charCodeAt(0) - 35 + ' ').toUpperCase();
