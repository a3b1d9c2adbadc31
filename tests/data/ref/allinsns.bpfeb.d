
allinsns.bpfeb.o:	file format elf64-bpf

Disassembly of section insns:

0000000000000000 <all_insns>:
       0:	04 25 00 00 ff ff ff f9	w2 += -0x7
       1:	04 a1 00 00 7f ff ff ff	w10 += 0x7fffffff
       2:	04 09 00 00 00 00 00 00	w0 += 0x0
       3:	0c 25 00 00 ff ff ff f9	w2 += w5
       4:	0c a1 00 00 7f ff ff ff	w10 += w1
       5:	0c 09 00 00 00 00 00 00	w0 += w9
       6:	14 25 00 00 ff ff ff f9	w2 -= -0x7
       7:	14 a1 00 00 7f ff ff ff	w10 -= 0x7fffffff
       8:	14 09 00 00 00 00 00 00	w0 -= 0x0
       9:	1c 25 00 00 ff ff ff f9	w2 -= w5
      10:	1c a1 00 00 7f ff ff ff	w10 -= w1
      11:	1c 09 00 00 00 00 00 00	w0 -= w9
      12:	24 25 00 00 ff ff ff f9	w2 *= -0x7
      13:	24 a1 00 00 7f ff ff ff	w10 *= 0x7fffffff
      14:	24 09 00 00 00 00 00 00	w0 *= 0x0
      15:	2c 25 00 00 ff ff ff f9	w2 *= w5
      16:	2c a1 00 00 7f ff ff ff	w10 *= w1
      17:	2c 09 00 00 00 00 00 00	w0 *= w9
      18:	34 25 00 00 ff ff ff f9	w2 /= -0x7
      19:	34 a1 00 00 7f ff ff ff	w10 /= 0x7fffffff
      20:	34 09 00 00 00 00 00 00	w0 /= 0x0
      21:	34 25 00 01 ff ff ff f9	w2 s/= -0x7
      22:	34 67 00 01 00 00 00 64	w6 s/= 0x64
      23:	3c 25 00 00 ff ff ff f9	w2 /= w5
      24:	3c a1 00 00 7f ff ff ff	w10 /= w1
      25:	3c 09 00 00 00 00 00 00	w0 /= w9
      26:	3c 25 00 01 ff ff ff f9	w2 s/= w5
      27:	3c 67 00 01 00 00 00 64	w6 s/= w7
      28:	44 25 00 00 ff ff ff f9	w2 |= -0x7
      29:	44 a1 00 00 7f ff ff ff	w10 |= 0x7fffffff
      30:	44 09 00 00 00 00 00 00	w0 |= 0x0
      31:	4c 25 00 00 ff ff ff f9	w2 |= w5
      32:	4c a1 00 00 7f ff ff ff	w10 |= w1
      33:	4c 09 00 00 00 00 00 00	w0 |= w9
      34:	54 25 00 00 ff ff ff f9	w2 &= -0x7
      35:	54 a1 00 00 7f ff ff ff	w10 &= 0x7fffffff
      36:	54 09 00 00 00 00 00 00	w0 &= 0x0
      37:	5c 25 00 00 ff ff ff f9	w2 &= w5
      38:	5c a1 00 00 7f ff ff ff	w10 &= w1
      39:	5c 09 00 00 00 00 00 00	w0 &= w9
      40:	64 25 00 00 ff ff ff f9	w2 <<= -0x7
      41:	64 a1 00 00 7f ff ff ff	w10 <<= 0x7fffffff
      42:	64 09 00 00 00 00 00 00	w0 <<= 0x0
      43:	6c 25 00 00 ff ff ff f9	w2 <<= w5
      44:	6c a1 00 00 7f ff ff ff	w10 <<= w1
      45:	6c 09 00 00 00 00 00 00	w0 <<= w9
      46:	74 25 00 00 ff ff ff f9	w2 >>= -0x7
      47:	74 a1 00 00 7f ff ff ff	w10 >>= 0x7fffffff
      48:	74 09 00 00 00 00 00 00	w0 >>= 0x0
      49:	7c 25 00 00 ff ff ff f9	w2 >>= w5
      50:	7c a1 00 00 7f ff ff ff	w10 >>= w1
      51:	7c 09 00 00 00 00 00 00	w0 >>= w9
      52:	84 20 00 00 00 00 00 00	w2 = -w2
      53:	94 25 00 00 ff ff ff f9	w2 %= -0x7
      54:	94 a1 00 00 7f ff ff ff	w10 %= 0x7fffffff
      55:	94 09 00 00 00 00 00 00	w0 %= 0x0
      56:	94 25 00 01 ff ff ff f9	w2 s%= -0x7
      57:	94 67 00 01 00 00 00 64	w6 s%= 0x64
      58:	9c 25 00 00 ff ff ff f9	w2 %= w5
      59:	9c a1 00 00 7f ff ff ff	w10 %= w1
      60:	9c 09 00 00 00 00 00 00	w0 %= w9
      61:	9c 25 00 01 ff ff ff f9	w2 s%= w5
      62:	9c 67 00 01 00 00 00 64	w6 s%= w7
      63:	a4 25 00 00 ff ff ff f9	w2 ^= -0x7
      64:	a4 a1 00 00 7f ff ff ff	w10 ^= 0x7fffffff
      65:	a4 09 00 00 00 00 00 00	w0 ^= 0x0
      66:	ac 25 00 00 ff ff ff f9	w2 ^= w5
      67:	ac a1 00 00 7f ff ff ff	w10 ^= w1
      68:	ac 09 00 00 00 00 00 00	w0 ^= w9
      69:	b4 25 00 00 ff ff ff f9	w2 = -0x7
      70:	b4 a1 00 00 7f ff ff ff	w10 = 0x7fffffff
      71:	b4 09 00 00 00 00 00 00	w0 = 0x0
      72:	bc 25 00 00 ff ff ff f9	w2 = w5
      73:	bc a1 00 00 7f ff ff ff	w10 = w1
      74:	bc 09 00 00 00 00 00 00	w0 = w9
      75:	bc 25 00 08 00 00 00 00	w2 = (s8)w5
      76:	bc 34 00 10 00 00 00 00	w3 = (s16)w4
      77:	c4 25 00 00 ff ff ff f9	w2 s>>= -0x7
      78:	c4 a1 00 00 7f ff ff ff	w10 s>>= 0x7fffffff
      79:	c4 09 00 00 00 00 00 00	w0 s>>= 0x0
      80:	cc 25 00 00 ff ff ff f9	w2 s>>= w5
      81:	cc a1 00 00 7f ff ff ff	w10 s>>= w1
      82:	cc 09 00 00 00 00 00 00	w0 s>>= w9
      83:	d4 30 00 00 00 00 00 10	r3 = le16 r3
      84:	d4 40 00 00 00 00 00 20	r4 = le32 r4
      85:	d4 50 00 00 00 00 00 40	r5 = le64 r5
      86:	dc 30 00 00 00 00 00 10	r3 = be16 r3
      87:	dc 40 00 00 00 00 00 20	r4 = be32 r4
      88:	dc 50 00 00 00 00 00 40	r5 = be64 r5
      89:	07 25 00 00 ff ff ff f9	r2 += -0x7
      90:	07 a1 00 00 7f ff ff ff	r10 += 0x7fffffff
      91:	07 09 00 00 00 00 00 00	r0 += 0x0
      92:	0f 25 00 00 ff ff ff f9	r2 += r5
      93:	0f a1 00 00 7f ff ff ff	r10 += r1
      94:	0f 09 00 00 00 00 00 00	r0 += r9
      95:	17 25 00 00 ff ff ff f9	r2 -= -0x7
      96:	17 a1 00 00 7f ff ff ff	r10 -= 0x7fffffff
      97:	17 09 00 00 00 00 00 00	r0 -= 0x0
      98:	1f 25 00 00 ff ff ff f9	r2 -= r5
      99:	1f a1 00 00 7f ff ff ff	r10 -= r1
     100:	1f 09 00 00 00 00 00 00	r0 -= r9
     101:	27 25 00 00 ff ff ff f9	r2 *= -0x7
     102:	27 a1 00 00 7f ff ff ff	r10 *= 0x7fffffff
     103:	27 09 00 00 00 00 00 00	r0 *= 0x0
     104:	2f 25 00 00 ff ff ff f9	r2 *= r5
     105:	2f a1 00 00 7f ff ff ff	r10 *= r1
     106:	2f 09 00 00 00 00 00 00	r0 *= r9
     107:	37 25 00 00 ff ff ff f9	r2 /= -0x7
     108:	37 a1 00 00 7f ff ff ff	r10 /= 0x7fffffff
     109:	37 09 00 00 00 00 00 00	r0 /= 0x0
     110:	37 25 00 01 ff ff ff f9	r2 s/= -0x7
     111:	37 67 00 01 00 00 00 64	r6 s/= 0x64
     112:	3f 25 00 00 ff ff ff f9	r2 /= r5
     113:	3f a1 00 00 7f ff ff ff	r10 /= r1
     114:	3f 09 00 00 00 00 00 00	r0 /= r9
     115:	3f 25 00 01 ff ff ff f9	r2 s/= r5
     116:	3f 67 00 01 00 00 00 64	r6 s/= r7
     117:	47 25 00 00 ff ff ff f9	r2 |= -0x7
     118:	47 a1 00 00 7f ff ff ff	r10 |= 0x7fffffff
     119:	47 09 00 00 00 00 00 00	r0 |= 0x0
     120:	4f 25 00 00 ff ff ff f9	r2 |= r5
     121:	4f a1 00 00 7f ff ff ff	r10 |= r1
     122:	4f 09 00 00 00 00 00 00	r0 |= r9
     123:	57 25 00 00 ff ff ff f9	r2 &= -0x7
     124:	57 a1 00 00 7f ff ff ff	r10 &= 0x7fffffff
     125:	57 09 00 00 00 00 00 00	r0 &= 0x0
     126:	5f 25 00 00 ff ff ff f9	r2 &= r5
     127:	5f a1 00 00 7f ff ff ff	r10 &= r1
     128:	5f 09 00 00 00 00 00 00	r0 &= r9
     129:	67 25 00 00 ff ff ff f9	r2 <<= -0x7
     130:	67 a1 00 00 7f ff ff ff	r10 <<= 0x7fffffff
     131:	67 09 00 00 00 00 00 00	r0 <<= 0x0
     132:	6f 25 00 00 ff ff ff f9	r2 <<= r5
     133:	6f a1 00 00 7f ff ff ff	r10 <<= r1
     134:	6f 09 00 00 00 00 00 00	r0 <<= r9
     135:	77 25 00 00 ff ff ff f9	r2 >>= -0x7
     136:	77 a1 00 00 7f ff ff ff	r10 >>= 0x7fffffff
     137:	77 09 00 00 00 00 00 00	r0 >>= 0x0
     138:	7f 25 00 00 ff ff ff f9	r2 >>= r5
     139:	7f a1 00 00 7f ff ff ff	r10 >>= r1
     140:	7f 09 00 00 00 00 00 00	r0 >>= r9
     141:	87 20 00 00 00 00 00 00	r2 = -r2
     142:	97 25 00 00 ff ff ff f9	r2 %= -0x7
     143:	97 a1 00 00 7f ff ff ff	r10 %= 0x7fffffff
     144:	97 09 00 00 00 00 00 00	r0 %= 0x0
     145:	97 25 00 01 ff ff ff f9	r2 s%= -0x7
     146:	97 67 00 01 00 00 00 64	r6 s%= 0x64
     147:	9f 25 00 00 ff ff ff f9	r2 %= r5
     148:	9f a1 00 00 7f ff ff ff	r10 %= r1
     149:	9f 09 00 00 00 00 00 00	r0 %= r9
     150:	9f 25 00 01 ff ff ff f9	r2 s%= r5
     151:	9f 67 00 01 00 00 00 64	r6 s%= r7
     152:	a7 25 00 00 ff ff ff f9	r2 ^= -0x7
     153:	a7 a1 00 00 7f ff ff ff	r10 ^= 0x7fffffff
     154:	a7 09 00 00 00 00 00 00	r0 ^= 0x0
     155:	af 25 00 00 ff ff ff f9	r2 ^= r5
     156:	af a1 00 00 7f ff ff ff	r10 ^= r1
     157:	af 09 00 00 00 00 00 00	r0 ^= r9
     158:	b7 25 00 00 ff ff ff f9	r2 = -0x7
     159:	b7 a1 00 00 7f ff ff ff	r10 = 0x7fffffff
     160:	b7 09 00 00 00 00 00 00	r0 = 0x0
     161:	bf 25 00 00 ff ff ff f9	r2 = r5
     162:	bf a1 00 00 7f ff ff ff	r10 = r1
     163:	bf 09 00 00 00 00 00 00	r0 = r9
     164:	bf 25 00 08 00 00 00 00	r2 = (s8)r5
     165:	bf 34 00 10 00 00 00 00	r3 = (s16)r4
     166:	bf 19 00 20 00 00 00 00	r1 = (s32)r9
     167:	c7 25 00 00 ff ff ff f9	r2 s>>= -0x7
     168:	c7 a1 00 00 7f ff ff ff	r10 s>>= 0x7fffffff
     169:	c7 09 00 00 00 00 00 00	r0 s>>= 0x0
     170:	cf 25 00 00 ff ff ff f9	r2 s>>= r5
     171:	cf a1 00 00 7f ff ff ff	r10 s>>= r1
     172:	cf 09 00 00 00 00 00 00	r0 s>>= r9
     173:	d7 30 00 00 00 00 00 10	r3 = bswap16 r3
     174:	d7 40 00 00 00 00 00 20	r4 = bswap32 r4
     175:	d7 50 00 00 00 00 00 40	r5 = bswap64 r5
     176:	05 00 00 03 00 00 00 00	goto +0x3 <all_insns+0x5a0>
     177:	05 00 ff fe 00 00 00 00	goto -0x2 <all_insns+0x580>
     178:	05 00 00 00 00 00 00 00	goto +0x0 <all_insns+0x598>
     179:	15 12 00 03 ff ff ff fb	if r1 == -0x5 goto +0x3 <all_insns+0x5b8>
     180:	15 90 ff fc 00 00 00 10	if r9 == 0x10 goto -0x4 <all_insns+0x588>
     181:	1d 12 00 03 ff ff ff fb	if r1 == r2 goto +0x3 <all_insns+0x5c8>
     182:	1d 90 ff fc 00 00 00 10	if r9 == r0 goto -0x4 <all_insns+0x598>
     183:	25 12 00 03 ff ff ff fb	if r1 > -0x5 goto +0x3 <all_insns+0x5d8>
     184:	25 90 ff fc 00 00 00 10	if r9 > 0x10 goto -0x4 <all_insns+0x5a8>
     185:	2d 12 00 03 ff ff ff fb	if r1 > r2 goto +0x3 <all_insns+0x5e8>
     186:	2d 90 ff fc 00 00 00 10	if r9 > r0 goto -0x4 <all_insns+0x5b8>
     187:	35 12 00 03 ff ff ff fb	if r1 >= -0x5 goto +0x3 <all_insns+0x5f8>
     188:	35 90 ff fc 00 00 00 10	if r9 >= 0x10 goto -0x4 <all_insns+0x5c8>
     189:	3d 12 00 03 ff ff ff fb	if r1 >= r2 goto +0x3 <all_insns+0x608>
     190:	3d 90 ff fc 00 00 00 10	if r9 >= r0 goto -0x4 <all_insns+0x5d8>
     191:	45 12 00 03 ff ff ff fb	if r1 & -0x5 goto +0x3 <all_insns+0x618>
     192:	45 90 ff fc 00 00 00 10	if r9 & 0x10 goto -0x4 <all_insns+0x5e8>
     193:	4d 12 00 03 ff ff ff fb	if r1 & r2 goto +0x3 <all_insns+0x628>
     194:	4d 90 ff fc 00 00 00 10	if r9 & r0 goto -0x4 <all_insns+0x5f8>
     195:	55 12 00 03 ff ff ff fb	if r1 != -0x5 goto +0x3 <all_insns+0x638>
     196:	55 90 ff fc 00 00 00 10	if r9 != 0x10 goto -0x4 <all_insns+0x608>
     197:	5d 12 00 03 ff ff ff fb	if r1 != r2 goto +0x3 <all_insns+0x648>
     198:	5d 90 ff fc 00 00 00 10	if r9 != r0 goto -0x4 <all_insns+0x618>
     199:	65 12 00 03 ff ff ff fb	if r1 s> -0x5 goto +0x3 <all_insns+0x658>
     200:	65 90 ff fc 00 00 00 10	if r9 s> 0x10 goto -0x4 <all_insns+0x628>
     201:	6d 12 00 03 ff ff ff fb	if r1 s> r2 goto +0x3 <all_insns+0x668>
     202:	6d 90 ff fc 00 00 00 10	if r9 s> r0 goto -0x4 <all_insns+0x638>
     203:	75 12 00 03 ff ff ff fb	if r1 s>= -0x5 goto +0x3 <all_insns+0x678>
     204:	75 90 ff fc 00 00 00 10	if r9 s>= 0x10 goto -0x4 <all_insns+0x648>
     205:	7d 12 00 03 ff ff ff fb	if r1 s>= r2 goto +0x3 <all_insns+0x688>
     206:	7d 90 ff fc 00 00 00 10	if r9 s>= r0 goto -0x4 <all_insns+0x658>
     207:	85 00 00 00 00 00 00 01	call 0x1
     208:	85 01 00 00 ff ff ff fd	call -0x3
     209:	85 02 00 00 00 00 00 4d	call 0x4d
     210:	8d 50 00 00 00 00 00 00	callx r5
     211:	95 00 00 00 00 00 00 00	exit
     212:	a5 12 00 03 ff ff ff fb	if r1 < -0x5 goto +0x3 <all_insns+0x6c0>
     213:	a5 90 ff fc 00 00 00 10	if r9 < 0x10 goto -0x4 <all_insns+0x690>
     214:	ad 12 00 03 ff ff ff fb	if r1 < r2 goto +0x3 <all_insns+0x6d0>
     215:	ad 90 ff fc 00 00 00 10	if r9 < r0 goto -0x4 <all_insns+0x6a0>
     216:	b5 12 00 03 ff ff ff fb	if r1 <= -0x5 goto +0x3 <all_insns+0x6e0>
     217:	b5 90 ff fc 00 00 00 10	if r9 <= 0x10 goto -0x4 <all_insns+0x6b0>
     218:	bd 12 00 03 ff ff ff fb	if r1 <= r2 goto +0x3 <all_insns+0x6f0>
     219:	bd 90 ff fc 00 00 00 10	if r9 <= r0 goto -0x4 <all_insns+0x6c0>
     220:	c5 12 00 03 ff ff ff fb	if r1 s< -0x5 goto +0x3 <all_insns+0x700>
     221:	c5 90 ff fc 00 00 00 10	if r9 s< 0x10 goto -0x4 <all_insns+0x6d0>
     222:	cd 12 00 03 ff ff ff fb	if r1 s< r2 goto +0x3 <all_insns+0x710>
     223:	cd 90 ff fc 00 00 00 10	if r9 s< r0 goto -0x4 <all_insns+0x6e0>
     224:	d5 12 00 03 ff ff ff fb	if r1 s<= -0x5 goto +0x3 <all_insns+0x720>
     225:	d5 90 ff fc 00 00 00 10	if r9 s<= 0x10 goto -0x4 <all_insns+0x6f0>
     226:	dd 12 00 03 ff ff ff fb	if r1 s<= r2 goto +0x3 <all_insns+0x730>
     227:	dd 90 ff fc 00 00 00 10	if r9 s<= r0 goto -0x4 <all_insns+0x700>
     228:	e5 00 00 02 00 00 00 00	may_goto +0x2 <all_insns+0x738>
     229:	e5 00 ff ff 00 00 00 00	may_goto -0x1 <all_insns+0x728>
     230:	06 00 00 00 00 00 00 02	gotol +0x2 <all_insns+0x748>
     231:	06 00 00 00 ff ff ff fc	gotol -0x4 <all_insns+0x720>
     232:	16 12 00 03 ff ff ff fb	if w1 == -0x5 goto +0x3 <all_insns+0x760>
     233:	16 90 ff fc 00 00 00 10	if w9 == 0x10 goto -0x4 <all_insns+0x730>
     234:	1e 12 00 03 ff ff ff fb	if w1 == w2 goto +0x3 <all_insns+0x770>
     235:	1e 90 ff fc 00 00 00 10	if w9 == w0 goto -0x4 <all_insns+0x740>
     236:	26 12 00 03 ff ff ff fb	if w1 > -0x5 goto +0x3 <all_insns+0x780>
     237:	26 90 ff fc 00 00 00 10	if w9 > 0x10 goto -0x4 <all_insns+0x750>
     238:	2e 12 00 03 ff ff ff fb	if w1 > w2 goto +0x3 <all_insns+0x790>
     239:	2e 90 ff fc 00 00 00 10	if w9 > w0 goto -0x4 <all_insns+0x760>
     240:	36 12 00 03 ff ff ff fb	if w1 >= -0x5 goto +0x3 <all_insns+0x7a0>
     241:	36 90 ff fc 00 00 00 10	if w9 >= 0x10 goto -0x4 <all_insns+0x770>
     242:	3e 12 00 03 ff ff ff fb	if w1 >= w2 goto +0x3 <all_insns+0x7b0>
     243:	3e 90 ff fc 00 00 00 10	if w9 >= w0 goto -0x4 <all_insns+0x780>
     244:	46 12 00 03 ff ff ff fb	if w1 & -0x5 goto +0x3 <all_insns+0x7c0>
     245:	46 90 ff fc 00 00 00 10	if w9 & 0x10 goto -0x4 <all_insns+0x790>
     246:	4e 12 00 03 ff ff ff fb	if w1 & w2 goto +0x3 <all_insns+0x7d0>
     247:	4e 90 ff fc 00 00 00 10	if w9 & w0 goto -0x4 <all_insns+0x7a0>
     248:	56 12 00 03 ff ff ff fb	if w1 != -0x5 goto +0x3 <all_insns+0x7e0>
     249:	56 90 ff fc 00 00 00 10	if w9 != 0x10 goto -0x4 <all_insns+0x7b0>
     250:	5e 12 00 03 ff ff ff fb	if w1 != w2 goto +0x3 <all_insns+0x7f0>
     251:	5e 90 ff fc 00 00 00 10	if w9 != w0 goto -0x4 <all_insns+0x7c0>
     252:	66 12 00 03 ff ff ff fb	if w1 s> -0x5 goto +0x3 <all_insns+0x800>
     253:	66 90 ff fc 00 00 00 10	if w9 s> 0x10 goto -0x4 <all_insns+0x7d0>
     254:	6e 12 00 03 ff ff ff fb	if w1 s> w2 goto +0x3 <all_insns+0x810>
     255:	6e 90 ff fc 00 00 00 10	if w9 s> w0 goto -0x4 <all_insns+0x7e0>
     256:	76 12 00 03 ff ff ff fb	if w1 s>= -0x5 goto +0x3 <all_insns+0x820>
     257:	76 90 ff fc 00 00 00 10	if w9 s>= 0x10 goto -0x4 <all_insns+0x7f0>
     258:	7e 12 00 03 ff ff ff fb	if w1 s>= w2 goto +0x3 <all_insns+0x830>
     259:	7e 90 ff fc 00 00 00 10	if w9 s>= w0 goto -0x4 <all_insns+0x800>
     260:	a6 12 00 03 ff ff ff fb	if w1 < -0x5 goto +0x3 <all_insns+0x840>
     261:	a6 90 ff fc 00 00 00 10	if w9 < 0x10 goto -0x4 <all_insns+0x810>
     262:	ae 12 00 03 ff ff ff fb	if w1 < w2 goto +0x3 <all_insns+0x850>
     263:	ae 90 ff fc 00 00 00 10	if w9 < w0 goto -0x4 <all_insns+0x820>
     264:	b6 12 00 03 ff ff ff fb	if w1 <= -0x5 goto +0x3 <all_insns+0x860>
     265:	b6 90 ff fc 00 00 00 10	if w9 <= 0x10 goto -0x4 <all_insns+0x830>
     266:	be 12 00 03 ff ff ff fb	if w1 <= w2 goto +0x3 <all_insns+0x870>
     267:	be 90 ff fc 00 00 00 10	if w9 <= w0 goto -0x4 <all_insns+0x840>
     268:	c6 12 00 03 ff ff ff fb	if w1 s< -0x5 goto +0x3 <all_insns+0x880>
     269:	c6 90 ff fc 00 00 00 10	if w9 s< 0x10 goto -0x4 <all_insns+0x850>
     270:	ce 12 00 03 ff ff ff fb	if w1 s< w2 goto +0x3 <all_insns+0x890>
     271:	ce 90 ff fc 00 00 00 10	if w9 s< w0 goto -0x4 <all_insns+0x860>
     272:	d6 12 00 03 ff ff ff fb	if w1 s<= -0x5 goto +0x3 <all_insns+0x8a0>
     273:	d6 90 ff fc 00 00 00 10	if w9 s<= 0x10 goto -0x4 <all_insns+0x870>
     274:	de 12 00 03 ff ff ff fb	if w1 s<= w2 goto +0x3 <all_insns+0x8b0>
     275:	de 90 ff fc 00 00 00 10	if w9 s<= w0 goto -0x4 <all_insns+0x880>
     276:	20 00 00 00 00 00 00 2a	r0 = *(u32 *)skb[0x2a]
     277:	20 00 00 00 ff ff ff ff	r0 = *(u32 *)skb[-0x1]
     278:	40 02 00 00 00 00 00 00	r0 = *(u32 *)skb[r2]
     279:	40 07 00 00 00 00 00 08	r0 = *(u32 *)skb[r7]
     280:	81 12 ff f8 00 00 00 00	r1 = *(s32 *)(r2 - 0x8)
     281:	81 3a 07 ff 00 00 00 00	r3 = *(s32 *)(r10 + 0x7ff)
     282:	61 12 ff f8 00 00 00 00	r1 = *(u32 *)(r2 - 0x8)
     283:	61 3a 7f ff 00 00 00 00	r3 = *(u32 *)(r10 + 0x7fff)
     284:	62 a0 ff f8 00 00 00 2a	*(u32 *)(r10 - 0x8) = 0x2a
     285:	62 30 80 00 ff ff ff ff	*(u32 *)(r3 - 0x8000) = -0x1
     286:	63 a2 ff f8 00 00 00 00	*(u32 *)(r10 - 0x8) = r2
     287:	63 19 00 10 00 00 00 00	*(u32 *)(r1 + 0x10) = r9
     288:	28 00 00 00 00 00 00 2a	r0 = *(u16 *)skb[0x2a]
     289:	28 00 00 00 ff ff ff ff	r0 = *(u16 *)skb[-0x1]
     290:	48 02 00 00 00 00 00 00	r0 = *(u16 *)skb[r2]
     291:	48 07 00 00 00 00 00 08	r0 = *(u16 *)skb[r7]
     292:	89 12 ff f8 00 00 00 00	r1 = *(s16 *)(r2 - 0x8)
     293:	89 3a 07 ff 00 00 00 00	r3 = *(s16 *)(r10 + 0x7ff)
     294:	69 12 ff f8 00 00 00 00	r1 = *(u16 *)(r2 - 0x8)
     295:	69 3a 7f ff 00 00 00 00	r3 = *(u16 *)(r10 + 0x7fff)
     296:	6a a0 ff f8 00 00 00 2a	*(u16 *)(r10 - 0x8) = 0x2a
     297:	6a 30 80 00 ff ff ff ff	*(u16 *)(r3 - 0x8000) = -0x1
     298:	6b a2 ff f8 00 00 00 00	*(u16 *)(r10 - 0x8) = r2
     299:	6b 19 00 10 00 00 00 00	*(u16 *)(r1 + 0x10) = r9
     300:	30 00 00 00 00 00 00 2a	r0 = *(u8 *)skb[0x2a]
     301:	30 00 00 00 ff ff ff ff	r0 = *(u8 *)skb[-0x1]
     302:	50 02 00 00 00 00 00 00	r0 = *(u8 *)skb[r2]
     303:	50 07 00 00 00 00 00 08	r0 = *(u8 *)skb[r7]
     304:	91 12 ff f8 00 00 00 00	r1 = *(s8 *)(r2 - 0x8)
     305:	91 3a 07 ff 00 00 00 00	r3 = *(s8 *)(r10 + 0x7ff)
     306:	71 12 ff f8 00 00 00 00	r1 = *(u8 *)(r2 - 0x8)
     307:	71 3a 7f ff 00 00 00 00	r3 = *(u8 *)(r10 + 0x7fff)
     308:	72 a0 ff f8 00 00 00 2a	*(u8 *)(r10 - 0x8) = 0x2a
     309:	72 30 80 00 ff ff ff ff	*(u8 *)(r3 - 0x8000) = -0x1
     310:	73 a2 ff f8 00 00 00 00	*(u8 *)(r10 - 0x8) = r2
     311:	73 19 00 10 00 00 00 00	*(u8 *)(r1 + 0x10) = r9
     312:	79 12 ff f8 00 00 00 00	r1 = *(u64 *)(r2 - 0x8)
     313:	79 3a 7f ff 00 00 00 00	r3 = *(u64 *)(r10 + 0x7fff)
     314:	7a a0 ff f8 00 00 00 2a	*(u64 *)(r10 - 0x8) = 0x2a
     315:	7a 30 80 00 ff ff ff ff	*(u64 *)(r3 - 0x8000) = -0x1
     316:	7b a2 ff f8 00 00 00 00	*(u64 *)(r10 - 0x8) = r2
     317:	7b 19 00 10 00 00 00 00	*(u64 *)(r1 + 0x10) = r9
     318:	c3 12 ff f8 00 00 00 00	lock *(u32 *)(r1 - 0x8) += r2
     319:	c3 a3 00 04 00 00 00 00	lock *(u32 *)(r10 + 0x4) += r3
     320:	db 12 ff f8 00 00 00 00	lock *(u64 *)(r1 - 0x8) += r2
     321:	db 12 ff f8 00 00 00 01	r2 = atomic_fetch_add((u64 *)(r1 - 0x8), r2)
     322:	db 12 ff f8 00 00 00 40	lock *(u64 *)(r1 - 0x8) |= r2
     323:	db 12 ff f8 00 00 00 41	r2 = atomic_fetch_or((u64 *)(r1 - 0x8), r2)
     324:	db 12 ff f8 00 00 00 50	lock *(u64 *)(r1 - 0x8) &= r2
     325:	db 12 ff f8 00 00 00 51	r2 = atomic_fetch_and((u64 *)(r1 - 0x8), r2)
     326:	db 12 ff f8 00 00 00 a0	lock *(u64 *)(r1 - 0x8) ^= r2
     327:	db 12 ff f8 00 00 00 a1	r2 = atomic_fetch_xor((u64 *)(r1 - 0x8), r2)
     328:	db 12 ff f8 00 00 00 e1	r2 = xchg_64(r1 - 0x8, r2)
     329:	db 12 ff f8 00 00 00 f1	r0 = cmpxchg_64(r1 - 0x8, r0, r2)
     330:	18 10 00 00 12 34 56 78 00 00 00 00 ff ff ff fe	r1 = -0x1edcba988 ll
     332:	18 21 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r2, 0x1, 0x12345678
     334:	18 32 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r3, 0x2, 0x12345678
     336:	18 43 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r4, 0x3, 0x12345678
     338:	18 54 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r5, 0x4, 0x12345678
     340:	18 65 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r6, 0x5, 0x12345678
     342:	18 76 00 00 12 34 56 78 00 00 00 00 00 00 00 00	ld_pseudo	r7, 0x6, 0x12345678
     344:	18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r0 = 0x0 ll
     346:	18 90 00 00 ff ff ff ff 00 00 00 00 ff ff ff ff	r9 = -0x1 ll
     348:	8c 12 00 00 00 00 00 00	<unknown>
     349:	ff 00 00 00 00 00 00 00	<unknown>
     350:	38 00 00 00 00 00 00 00	<unknown>
     351:	95 00 00 00 00 00 00 00	exit
