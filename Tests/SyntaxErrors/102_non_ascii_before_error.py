s = 'ñandú'; t = = 2
